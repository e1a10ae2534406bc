import { BASE_URL, executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

/** Account left empty: the node uses the token's only account, read once per execution from the profile. */
const requests = recordChatWootRequests();
const paths = () => requests.sent.map((request) => `${request.method} ${request.path}`);

const getContact = { resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'id', value: '42' } };
const profile = (accounts: Array<{ id: number; name: string }>) => ({ status: 200, body: { id: 5, name: 'Ann Agent', accounts } });

test("an empty Account is the token's only account: the profile is read first, then the request goes there", async () => {
	expectRequest('GET', '/api/v1/profile', profile([{ id: 3, name: 'Acme' }]), requests.sent);
	expectRequest('GET', '/api/v1/accounts/3/contacts/42', { status: 200, body: { payload: { id: 42, name: 'Ada' } } }, requests.sent);
	const run = await executeNode({ parameters: getContact });
	expect(run.error).toBeUndefined();
	expect(paths()).toEqual(['GET /api/v1/profile', 'GET /api/v1/accounts/3/contacts/42']);
	expect(run.items.map((item) => item.json)).toEqual([{ id: 42, name: 'Ada' }]);
});

test("reports, on ChatWoot's v2 paths, take the token's only account too", async () => {
	expectRequest('GET', '/api/v1/profile', profile([{ id: 3, name: 'Acme' }]), requests.sent);
	expectRequest('GET', '/api/v2/accounts/3/reports/bot_summary', { status: 200, body: { bot_resolutions_count: 1 } }, requests.sent);
	const run = await executeNode({
		parameters: { resource: 'report', operation: 'getBotSummary', since: '2025-01-01T00:00:00Z', until: '2025-01-31T00:00:00Z' },
	});
	expect(run.error).toBeUndefined();
	expect(paths()).toEqual(['GET /api/v1/profile', 'GET /api/v2/accounts/3/reports/bot_summary']);
	expect(requests.sent[1].query).toEqual({ since: '1735689600', until: '1738281600' });
	expect(run.items.map((item) => item.json)).toEqual([{ bot_resolutions_count: 1 }]);
});

test('three items share one profile lookup', async () => {
	expectRequest('GET', '/api/v1/profile', profile([{ id: 3, name: 'Acme' }]), requests.sent);
	for (const id of [1, 2, 3]) expectRequest('GET', `/api/v1/accounts/3/contacts/${id}`, { status: 200, body: { payload: { id } } }, requests.sent);
	const run = await executeNode({
		parameters: { ...getContact, contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
		items: [{ json: { id: 1 } }, { json: { id: 2 } }, { json: { id: 3 } }],
	});
	expect(run.error).toBeUndefined();
	expect(paths().filter((path) => path === 'GET /api/v1/profile')).toHaveLength(1);
	expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3]);
});

test('a user of several accounts is told to pick one, naming them, and nothing else is sent', async () => {
	expectRequest('GET', '/api/v1/profile', profile([{ id: 1, name: 'Acme' }, { id: 2, name: 'Beta' }]), requests.sent);
	const run = await executeNode({ parameters: getContact });
	expect(paths()).toEqual(['GET /api/v1/profile']);
	expect(run.error?.message).toBe("The token's user belongs to 2 accounts: choose one in Account");
	expect(run.error?.description).toContain('1 (Acme), 2 (Beta)');
	expect(run.error?.context?.itemIndex).toBe(0);
});

test('an agent bot token, which has no profile, is asked for the Account before anything is sent', async () => {
	const run = await executeNode({
		parameters: { authentication: 'agentBotToken', resource: 'conversation', operation: 'toggleStatus', conversationId: { __rl: true, mode: 'id', value: '7' }, status: 'resolved' },
	});
	expect(requests.sent).toEqual([]);
	expect(run.error?.message).toBe('Account is required with an agent bot token');
	expect(run.error?.description).toMatch(/Pick the bot's account in Account/);
});

test('a chosen Account is used as it is, without reading the profile', async () => {
	expectRequest('GET', '/api/v1/accounts/9/contacts/42', { status: 200, body: { payload: { id: 42 } } }, requests.sent);
	const run = await executeNode({ parameters: { ...getContact, accountId: { __rl: true, mode: 'url', value: `${BASE_URL}/app/accounts/9/dashboard` } } });
	expect(run.error).toBeUndefined();
	expect(paths()).toEqual(['GET /api/v1/accounts/9/contacts/42']);
});

test("a refusal of ours reaches the error panel without ChatWoot's HTTP code or raw messages", async () => {
	const run = await executeNode({ parameters: { ...getContact, accountId: '1', contactId: { __rl: true, mode: 'id', value: '={{ "abc" }}' } } });
	expect(requests.sent).toEqual([]);
	const error = run.error as unknown as { httpCode?: string | null; messages?: string[]; description?: string; message: string };
	expect(error.message).toBe('Contact ID must be a positive whole number, not "abc"');
	expect(error.description).toMatch(/^Enter the numeric Contact ID/);
	// n8n's editor shows "From ChatWoot" and "Error code" only for an error with an httpCode, raw messages or context data.
	expect(error.httpCode ?? null).toBeNull();
	expect(error.messages).toEqual([]);
	expect(run.error?.context?.data).toBeUndefined();
	expect(run.error?.context?.itemIndex).toBe(0);
});
