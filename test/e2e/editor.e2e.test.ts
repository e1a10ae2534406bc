import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { freePort, N8nInstance, runtimeFromEnv } from './n8n';
import type { RunningN8n } from './n8n';

/**
 * What `npm start` gives a person: n8n's editor with the ChatWoot node and credential, and the
 * credential's Test button, driven through the same REST API the editor uses.
 */
const runtime = runtimeFromEnv();
/**
 * n8n 1.x's credential tester loses the HTTP error's cause, so the credential's own rule
 * messages apply from 2.x on; 1.x shows its generic message for the same status.
 */
const onV1 = runtime.version.startsWith('1.');
const TOKEN = 'editor-user-token-93c2';
const BOT_TOKEN = 'editor-bot-token-5e17';
const PLATFORM_TOKEN = 'editor-platform-token-0b4d';

let mock: ChatWootMock;
let n8n: N8nInstance;
let server: RunningN8n;
let cookie = '';

async function rest(method: string, path: string, body?: unknown) {
	const response = await fetch(`${server.url}${path}`, {
		method,
		headers: { 'Content-Type': 'application/json', cookie },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, headers: response.headers, json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
}

/** Saves a credential and presses its Test button, as the editor does. */
async function testCredential(baseUrl: string, accessToken: string, type = 'chatWootTokenApi'): Promise<{ status: string; message: string }> {
	const data = { baseUrl, accessToken };
	const created = await rest('POST', '/rest/credentials', { name: `ChatWoot ${Math.random()}`, type, data });
	expect(created.status).toBe(200);
	const tested = await rest('POST', '/rest/credentials/test', {
		credentials: { id: created.json.data.id, name: created.json.data.name, type, data },
	});
	expect(tested.status).toBe(200);
	return tested.json.data;
}

describe(`n8n ${runtime.version} editor with the package installed`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		await mock.start();
		mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		mock.addUser({ name: 'Answer Bot', email: 'bot@example.com', accessToken: BOT_TOKEN, accountIds: [1], kind: 'agentBot' });
		mock.addUser({ name: 'Platform App', email: 'platform@example.com', accessToken: PLATFORM_TOKEN, accountIds: [], kind: 'platform' });
		n8n = new N8nInstance(runtime);
		server = await n8n.serve();
		const owner = await rest('POST', '/rest/owner/setup', {
			email: 'owner@example.com',
			firstName: 'Test',
			lastName: 'Owner',
			password: 'Correct-Horse-9-Battery',
		});
		expect(owner.status).toBe(200);
		cookie = owner.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	}, 240_000);

	afterAll(async () => {
		await server?.stop();
		await mock?.stop();
		n8n?.remove();
	});

	test('the ChatWoot node and its credential are offered in the editor', async () => {
		const nodes = await rest('GET', '/types/nodes.json');
		const chatWoot = (nodes.json as Array<{ name: string; displayName: string; credentials?: Array<{ name: string }> }>).find(
			(type) => type.name === n8n.nodeType,
		);
		expect(chatWoot?.displayName).toBe('ChatWoot');
		expect(chatWoot?.credentials).toEqual([
			{ name: 'chatWootTokenApi', required: true, displayOptions: { show: { authentication: ['userToken'] } } },
			{ name: 'chatWootAgentBotApi', required: true, displayOptions: { show: { authentication: ['agentBotToken'] } } },
		]);
		const icon = (chatWoot as unknown as { iconUrl: { light: string; dark: string } }).iconUrl;
		for (const path of [icon.light, icon.dark]) {
			const served = await fetch(`${server.url}/${path}`);
			expect(served.status).toBe(200);
			expect(await served.text()).toMatch(/^<svg /);
		}
		const credentials = await rest('GET', '/types/credentials.json');
		expect((credentials.json as Array<{ name: string }>).map((type) => type.name)).toContain('chatWootTokenApi');
	});

	test('Test accepts a valid token, even with a dashboard address as Base URL', async () => {
		const before = mock.requests.length;
		const result = await testCredential(`${mock.baseUrl}/app/accounts/1/dashboard`, TOKEN);
		expect(result.status).toBe('OK');
		const [request] = mock.requests.slice(before);
		expect(request).toMatchObject({ method: 'GET', path: '/api/v1/profile' });
		expect(request.headers['api-access-token']).toBe(TOKEN);
	});

	test('Test says when the token is rejected', async () => {
		const result = await testCredential(mock.baseUrl, 'not-the-token');
		const message = onV1 ? 'Authorization failed - please check your credentials' : expect.stringMatching(/^ChatWoot rejected the access token/);
		expect(result).toEqual({ status: 'Error', message });
	});

	test('Test says when the address is not ChatWoot', async () => {
		const result = await testCredential(`${mock.baseUrl}/helpdesk/`, TOKEN);
		const message = onV1 ? 'The resource you are requesting could not be found' : expect.stringMatching(/^The Base URL answers, but not like ChatWoot/);
		expect(result).toEqual({ status: 'Error', message });
	});

	test('Test says what to enter when the Base URL is not a web address', async () => {
		const result = await testCredential('chat.example.com', TOKEN);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/is not a web address\. Enter the address you open ChatWoot at/);
	});

	test('Test reports an unreachable server', async () => {
		const result = await testCredential(`http://127.0.0.1:${await freePort()}`, TOKEN);
		const message = onV1 ? 'The service refused the connection - perhaps it is offline' : 'ECONNREFUSED';
		expect(result).toEqual({ status: 'Error', message });
	});

	describe('ChatWoot Agent Bot API credential', () => {
		test('Test accepts a valid bot token: ChatWoot gets as far as looking account 0 up', async () => {
			const before = mock.requests.length;
			const result = await testCredential(`${mock.baseUrl}/app/accounts/1/dashboard`, BOT_TOKEN, 'chatWootAgentBotApi');
			expect(result.status).toBe('OK');
			const [request] = mock.requests.slice(before);
			expect(request).toMatchObject({ method: 'POST', path: '/api/v1/accounts/0/conversations/0/toggle_status' });
			expect(request.headers['api-access-token']).toBe(BOT_TOKEN);
		});

		test('Test says when the bot token is rejected', async () => {
			const result = await testCredential(mock.baseUrl, 'not-the-bot-token', 'chatWootAgentBotApi');
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^ChatWoot rejected the token/) });
		});

		test("Test says when the token is a platform app's", async () => {
			const result = await testCredential(mock.baseUrl, PLATFORM_TOKEN, 'chatWootAgentBotApi');
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^ChatWoot took this for a platform app's token/) });
		});

		test('Test says what to enter when the Base URL is not a web address', async () => {
			const result = await testCredential('chat.example.com', BOT_TOKEN, 'chatWootAgentBotApi');
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/is not a web address\. Enter the address you open ChatWoot at/);
		});

		test('Test says when the address is not ChatWoot', async () => {
			const result = await testCredential(`${mock.baseUrl}/helpdesk/`, BOT_TOKEN, 'chatWootAgentBotApi');
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^The Base URL answers, but not like ChatWoot/) });
		});
	});
});
