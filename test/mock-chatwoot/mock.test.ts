import { createChatWootMock, seedContact } from '.';
import type { ChatWootMock } from '.';

/** The mock must behave as API-NOTES says ChatWoot does, or the end-to-end tests prove nothing. */
const TOKEN = 'mock-test-token';
let mock: ChatWootMock;

async function call(method: string, path: string, body?: BodyInit | object, headers: Record<string, string> = {}) {
	const isJson = body !== undefined && !(body instanceof FormData);
	const response = await fetch(`${mock.baseUrl}${path}`, {
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
