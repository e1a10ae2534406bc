import { createChatWootMock, DEFAULT_MOCK_VERSION, seedContact } from '.';
import type { ChatWootMock } from '.';
import { seedConversation } from './resources/conversations';

/** The mock must behave as API-NOTES says ChatWoot does, or the end-to-end tests prove nothing. */
const TOKEN = 'mock-test-token';
let mock: ChatWootMock;

async function call(method: string, path: string, body?: BodyInit | object, headers: Record<string, string> = {}) {
	return await callOn(mock, method, path, body, headers);
}

async function callOn(server: ChatWootMock, method: string, path: string, body?: BodyInit | object, headers: Record<string, string> = {}) {
	const isJson = body !== undefined && !(body instanceof FormData);
	const response = await fetch(`${server.baseUrl}${path}`, {
		method,
		headers: { Api_Access_Token: TOKEN, ...(isJson ? { 'Content-Type': 'application/json' } : {}), ...headers },
		body: isJson ? JSON.stringify(body) : (body as BodyInit | undefined),
	});
	const text = await response.text();
	return { status: response.status, type: response.headers.get('content-type'), body: text.startsWith('{') ? JSON.parse(text) : text };
}

beforeAll(async () => {
	mock = createChatWootMock();
	await mock.start();
});
afterAll(async () => await mock.stop());
beforeEach(() => {
	mock.accounts.clear();
	mock.users.length = 0;
	const account = mock.addAccount(1);
	mock.addAccount(2);
	mock.addUser({ name: 'Agent', email: 'a@example.com', accessToken: TOKEN, accountIds: [1] });
	seedContact(account, { name: 'Ann', email: 'ann@example.com', custom_attributes: { plan: 'free', seats: 1 } });
	seedContact(account, { name: 'Bob', email: 'bob@example.com', phone_number: '+14155550000' });
});

test('update answers 200 {payload: contact} on PUT and PATCH, merging custom attributes shallowly', async () => {
	const put = await call('PUT', '/api/v1/accounts/1/contacts/1', { custom_attributes: { seats: 3, vip: true } });
	expect(put.status).toBe(200);
	expect(put.body.payload).toMatchObject({ id: 1, name: 'Ann', custom_attributes: { plan: 'free', seats: 3, vip: true }, contact_inboxes: [] });
	const patch = await call('PATCH', '/api/v1/accounts/1/contacts/1?include_contact_inboxes=false', { name: 'Ann B' });
	expect(patch.body.payload).not.toHaveProperty('contact_inboxes');
	expect(patch.body.payload.custom_attributes).toEqual({ plan: 'free', seats: 3, vip: true });
});

test('token failures are 401s with ChatWoot\'s bodies', async () => {
	expect(await call('PUT', '/api/v1/accounts/1/contacts/1', {}, { Api_Access_Token: 'nope' })).toMatchObject({ status: 401, body: { error: 'Invalid Access Token' } });
	expect(await call('PUT', '/api/v1/accounts/2/contacts/1', {})).toMatchObject({ status: 401, body: { error: 'You are not authorized to access this account' } });
	const anonymous = await fetch(`${mock.baseUrl}/api/v1/accounts/1/contacts/1`, { method: 'PUT' });
	expect(anonymous.status).toBe(401);
	expect(await anonymous.json()).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
});

test('unknown contacts are 404, invalid values 422 with message and attributes', async () => {
	expect(await call('PUT', '/api/v1/accounts/1/contacts/99', {})).toMatchObject({ status: 404, body: { error: 'Resource could not be found' } });
	expect(await call('PUT', '/api/v1/accounts/1/contacts/1', { email: 'BOB@example.com' })).toMatchObject({
		status: 422,
		body: { message: 'Email has already been taken', attributes: ['email'] },
	});
	expect(await call('PUT', '/api/v1/accounts/1/contacts/1', { phone_number: '+1 415 555' })).toMatchObject({
		status: 422,
		body: { message: 'Phone number should be in e164 format', attributes: ['phone_number'] },
	});
});

test('multipart: bracket fields become hashes, a JSON-string hash is dropped, avatar types are checked', async () => {
	const png = new Blob([Buffer.from('89504e470d0a1a0a', 'hex')], { type: 'image/png' });
	const form = new FormData();
	form.append('name', 'Ann M');
	form.append('custom_attributes[tier]', '2');
	form.append('additional_attributes', '{"city":"Paris"}');
	form.append('avatar', png, 'ann.png');
	const saved = await call('PUT', '/api/v1/accounts/1/contacts/1', form);
	expect(saved.status).toBe(200);
	expect(saved.body.payload).toMatchObject({ name: 'Ann M', custom_attributes: { plan: 'free', seats: 1, tier: '2' }, additional_attributes: {} });
	expect(saved.body.payload.thumbnail).toMatch(/\/ann\.png$/);

	const pdf = new FormData();
	pdf.append('avatar', new Blob(['%PDF'], { type: 'application/pdf' }), 'cv.pdf');
	expect(await call('PUT', '/api/v1/accounts/1/contacts/1', pdf)).toMatchObject({
		status: 422,
		body: { message: 'Avatar filetype not supported', attributes: ['avatar'] },
	});
});

test('injected failures: plain-text 429, then normal service', async () => {
	mock.failNext({ kind: 'rateLimit' });
	const limited = await call('PUT', '/api/v1/accounts/1/contacts/1', { name: 'x' });
	expect(limited).toMatchObject({ status: 429, body: 'Retry later\n' });
	expect(limited.type).toMatch(/^text\/plain/);
	expect((await call('PUT', '/api/v1/accounts/1/contacts/1', { name: 'x' })).status).toBe(200);
});

test('targeted failures wait for their request; the others are answered as usual', async () => {
	const contacts = () => [...mock.accounts.get(1)!.contacts.values()].length;
	const before = contacts();
	mock.failNext({ kind: 'serverError', afterHandling: true }, 1, { method: 'POST', path: '/api/v1/accounts/1/contacts' });
	mock.failNext({ kind: 'proxyPage', status: 502 }, 1, { path: /\/contacts\/2$/ });
	expect((await call('GET', '/api/v1/accounts/1/contacts/1')).status).toBe(200);
	// The create is carried out, then its answer lost: the record exists once.
	expect(await call('POST', '/api/v1/accounts/1/contacts', { name: 'Cy' })).toMatchObject({ status: 500, body: { error: 'Internal Server Error' } });
	expect(contacts()).toBe(before + 1);
	const page = await call('GET', '/api/v1/accounts/1/contacts/2');
	expect(page).toMatchObject({ status: 502, type: 'text/html' });
	expect(page.body).toContain('<title>502 Bad Gateway</title>');
	expect((await call('GET', '/api/v1/accounts/1/contacts/2')).status).toBe(200);
	// `after` lets that many of the named requests through first.
	mock.failNext({ kind: 'unauthorized' }, 1, { path: '/api/v1/accounts/1/contacts/1', after: 1 });
	expect((await call('GET', '/api/v1/accounts/1/contacts/1')).status).toBe(200);
	expect((await call('GET', '/api/v1/accounts/1/contacts/1')).status).toBe(401);
});

test('a token revoked mid-run, a body cut off, and a Retry-After set by MOCK_RETRY_AFTER', async () => {
	mock.failNext({ kind: 'unauthorized' });
	expect(await call('GET', '/api/v1/accounts/1/contacts/1')).toMatchObject({ status: 401, body: { error: 'Invalid Access Token' } });
	mock.failNext({ kind: 'cutOffJson' });
	const cut = await fetch(`${mock.baseUrl}/api/v1/accounts/1/contacts/1`, { headers: { Api_Access_Token: TOKEN } });
	expect([cut.status, cut.headers.get('content-type'), await cut.text()]).toEqual([200, 'application/json; charset=utf-8', '{"payload": {"id": 1, "name": ']);
	process.env.MOCK_RETRY_AFTER = '1';
	try {
		mock.failNext({ kind: 'rateLimit' });
		const limited = await fetch(`${mock.baseUrl}/api/v1/accounts/1/contacts/1`, { headers: { Api_Access_Token: TOKEN } });
		expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
	} finally {
		delete process.env.MOCK_RETRY_AFTER;
	}
	mock.failNext({ kind: 'rateLimit' });
	mock.clearFailures();
	expect((await call('GET', '/api/v1/accounts/1/contacts/1')).status).toBe(200);
});

test('every request is recorded with its contract check', async () => {
	const before = mock.requests.length;
	await call('PUT', '/api/v1/accounts/1/contacts/1', { name: 'Ann', nickname: 'A' });
	await call('POST', '/api/v1/accounts/1/contacts/1/not_a_route', {});
	const [fits, unknown] = mock.requests.slice(before);
	expect(fits.contractProblems).toEqual(['body field "nickname" is not in the spec\'s schema for PUT /api/v1/accounts/{account_id}/contacts/{id}']);
	expect(unknown.contractProblems).toEqual(["POST /api/v1/accounts/1/contacts/1/not_a_route is not a route of ChatWoot's router (routes.tsv)"]);
});

test('each token type reaches what ChatWoot lets it reach (API-NOTES §3)', async () => {
	mock.addUser({ name: 'Bot', email: 'bot@example.com', accessToken: 'bot-token', accountIds: [1], kind: 'agentBot' });
	mock.addUser({ name: 'Platform', email: 'p@example.com', accessToken: 'platform-token', accountIds: [], kind: 'platform' });
	const as = (token: string) => ({ Api_Access_Token: token });
	// A bot may not touch contacts, but may call BOT_ACCESSIBLE_ENDPOINTS such as creating a conversation.
	expect(await call('GET', '/api/v1/accounts/1/contacts/1', undefined, as('bot-token'))).toMatchObject({
		status: 401,
		body: { error: 'Access to this endpoint is not authorized for bots' },
	});
	expect((await call('POST', '/api/v1/accounts/1/conversations/9/toggle_status', { status: 'resolved' }, as('bot-token'))).status).not.toBe(401);
	// A platform app's token is refused on the application API with the same words, and a user's on /platform.
	expect(await call('GET', '/api/v1/accounts/1/contacts/1', undefined, as('platform-token'))).toMatchObject({
		status: 401,
		body: { error: 'Access to this endpoint is not authorized for bots' },
	});
	expect(await call('POST', '/platform/api/v1/users', { name: 'N', email: 'n@example.com' })).toMatchObject({
		status: 401,
		body: { error: 'Invalid access_token' },
	});
	expect((await call('POST', '/platform/api/v1/users', { name: 'N', email: 'n@example.com' }, as('platform-token'))).status).toBe(200);
});

describe('versions: the mock answers as the ChatWoot version it is given (VERSIONS.md)', () => {
	const VERSIONS = ['4.11.0', '4.13.0', '4.15.1', '4.18.0'];
	const mocks = new Map<string, ChatWootMock>();
	const on = (version: string) => mocks.get(version)!;

	beforeAll(async () => {
		for (const version of VERSIONS) {
			const server = createChatWootMock({ version });
			await server.start();
			mocks.set(version, server);
		}
	});
	afterAll(async () => await Promise.all([...mocks.values()].map(async (server) => await server.stop())));
	beforeEach(() => {
		for (const server of mocks.values()) {
			server.accounts.clear();
			server.users.length = 0;
			const account = server.addAccount(1);
			server.addUser({ name: 'Agent', email: 'a@example.com', accessToken: TOKEN, accountIds: [1] });
			seedContact(account, { name: 'Ann' });
			seedConversation(account, { custom_attributes: { plan: 'free', seats: 1 }, priority: 'high' });
		}
	});

	test.each(VERSIONS)('%s: GET /api reports the version without a token', async (version) => {
		const response = await fetch(`${on(version).baseUrl}/api`);
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body).toEqual({ version, timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), queue_services: 'ok', data_services: 'ok' });
		expect(on(version).requests.at(-1)!.contractProblems).toEqual([]);
	});

	test('the version comes from the option, else MOCK_CHATWOOT_VERSION, else 4.15.1; atLeast compares with it', () => {
		const saved = process.env.MOCK_CHATWOOT_VERSION;
		try {
			delete process.env.MOCK_CHATWOOT_VERSION;
			expect(createChatWootMock().version).toBe(DEFAULT_MOCK_VERSION);
			expect(DEFAULT_MOCK_VERSION).toBe('4.15.1');
			process.env.MOCK_CHATWOOT_VERSION = '4.11.2';
			expect(createChatWootMock().version).toBe('4.11.2');
			expect(createChatWootMock({ version: '4.18.0' }).version).toBe('4.18.0');
			expect(() => createChatWootMock({ version: 'latest' })).toThrow('The ChatWoot mock cannot answer as version "latest": give one such as 4.11.0');
		} finally {
			if (saved === undefined) delete process.env.MOCK_CHATWOOT_VERSION;
			else process.env.MOCK_CHATWOOT_VERSION = saved;
		}
		expect(on('4.11.0').atLeast('4.11.2')).toBe(false);
		expect(on('4.13.0').atLeast('4.11.2')).toBe(true);
		expect(on('4.15.1').atLeast('4.17.0')).toBe(false);
		expect(on('4.18.0').atLeast('4.17.0')).toBe(true);
	});

	test.each([
		['4.15.1', { status: 404, type: 'text/html' }],
		['4.18.0', { status: 200, type: 'application/json; charset=utf-8', body: { custom_attributes: { seats: 1 } } }],
	])('%s: destroy_custom_attributes (4.17+, PR #15119); before, Rails\' HTML 404 for the unknown route', async (version, expected) => {
		const reply = await callOn(on(version), 'POST', '/api/v1/accounts/1/conversations/1/destroy_custom_attributes', { custom_attributes: ['plan'] });
		expect(reply).toMatchObject(expected);
		if (expected.status === 404) expect(reply.body).toContain("The page you were looking for doesn't exist.");
	});

	test.each([
		['4.11.0', { vip: true }],
		['4.15.1', { vip: true }],
		['4.18.0', { plan: 'free', seats: 1, vip: true }],
	])('%s: custom_attributes with merge: true merges on 4.17+, replaces before (merge unpermitted)', async (version, expected) => {
		const reply = await callOn(on(version), 'POST', '/api/v1/accounts/1/conversations/1/custom_attributes', { custom_attributes: { vip: true }, merge: true });
		expect(reply).toMatchObject({ status: 200, body: { custom_attributes: expected } });
		const replaced = await callOn(on(version), 'POST', '/api/v1/accounts/1/conversations/1/custom_attributes', { custom_attributes: { tier: 2 } });
		expect(replaced.body).toEqual({ custom_attributes: { tier: 2 } });
	});

	test.each([
		// [version, body sent, status, priority afterwards]
		['4.15.1', { priority: 'urgent' }, 200, 'urgent'],
		['4.18.0', { priority: 'urgent' }, 200, 'urgent'],
		['4.15.1', { priority: null }, 200, null],
		['4.18.0', { priority: null }, 200, null],
		['4.15.1', {}, 200, null],
		['4.18.0', {}, 422, 'high'],
		['4.15.1', { priority: 'none' }, 500, 'high'],
		['4.18.0', { priority: 'none' }, 422, 'high'],
	] as Array<[string, object, number, string | null]>)('%s: toggle_priority %j answers %d (PR #15623 since 4.18)', async (version, body, status, priority) => {
		const reply = await callOn(on(version), 'POST', '/api/v1/accounts/1/conversations/1/toggle_priority', body);
		expect(reply.status).toBe(status);
		if (status === 422) expect(reply.body).toEqual({ error: 'param is missing or the value is empty: priority' });
		const shown = await callOn(on(version), 'GET', '/api/v1/accounts/1/conversations/1');
		expect(shown.body.priority).toBe(priority);
	});
});
