import { HookContext } from 'n8n-core';

import { TriggerHarness } from '../harness/executeTrigger';
import { ACCESS_TOKEN } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';

const WEBHOOKS = '/api/v1/accounts/1/webhooks';
const EVENTS = ['message_created', 'conversation_created'];
const PROFILE = { status: 200, body: { id: 5, name: 'Bob Admin', role: 'administrator' } };

/** ApiController#index: the version the trigger keeps to explain unsigned deliveries. */
function serverInfo(version: string) {
	return { status: 200, body: { version, timestamp: '2026-06-17 12:00:00', queue_services: 'ok', data_services: 'ok' } };
}

function harness(staticData = {}, webhookBaseUrl?: string) {
	return new TriggerHarness({
		nodeType: new ChatWootTrigger(),
		parameters: { source: 'accountWebhook', accountId: 1, events: EVENTS },
		staticData,
		webhookBaseUrl,
	});
}

function webhook(overrides: Record<string, unknown> = {}) {
	return { id: 12, name: 'n8n', account_id: 1, subscriptions: [...EVENTS].sort(), secret: 'whsec-9c1f', ...overrides };
}

const requests = recordChatWootRequests({ everyExpectedSent: true });

describe('activation', () => {
	test('with no webhook yet, one is created for the production URL; its id is stored, its secret only in memory', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [webhook({ url: 'https://elsewhere.example/hook' })] } } }, requests.sent);
		expectRequest('POST', WEBHOOKS, { status: 200, body: { payload: { webhook: webhook({ id: 31, url: trigger.webhookUrl }) } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', PROFILE, requests.sent);
		expectRequest('GET', '/api', serverInfo('4.15.1'), requests.sent);

		await trigger.activate();

		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${WEBHOOKS}`, `POST ${WEBHOOKS}`, 'GET /api/v1/profile', 'GET /api']);
		expect(requests.sent[1].body).toEqual({
			webhook: { url: trigger.webhookUrl, name: 'n8n: Reply to customers', subscriptions: ['conversation_created', 'message_created'] },
		});
		expect(requests.sent.slice(0, 3).every((request) => request.headers['api-access-token'] === ACCESS_TOKEN)).toBe(true);
		// The version route needs no token, so none is sent to it.
		expect(requests.sent[3].headers['api-access-token']).toBeUndefined();
		expect(trigger.staticData).toEqual({ webhookId: 31, accountId: 1, webhookSigned: true, ownUserId: 5, chatwootVersion: '4.15.1' });
	});

	test('a webhook with the same URL and events is adopted without any change', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [webhook({ url: trigger.webhookUrl })] } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', PROFILE, requests.sent);
		expectRequest('GET', '/api', serverInfo('4.15.1'), requests.sent);

		await trigger.activate();

		expect(requests.sent.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
		expect(trigger.staticData).toEqual({ webhookId: 12, accountId: 1, webhookSigned: true, ownUserId: 5, chatwootVersion: '4.15.1' });
	});

	test('a webhook with the same URL but other events is updated to these events and adopted', async () => {
		const trigger = harness();
		const stale = webhook({ url: trigger.webhookUrl, subscriptions: ['contact_created'] });
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [stale] } } }, requests.sent);
		expectRequest('PATCH', `${WEBHOOKS}/12`, { status: 200, body: { payload: { webhook: webhook({ url: trigger.webhookUrl, secret: 'whsec-after' }) } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', PROFILE, requests.sent);
		expectRequest('GET', '/api', serverInfo('4.15.1'), requests.sent);

		await trigger.activate();

		expect(requests.sent[1].body).toEqual({ webhook: { subscriptions: ['conversation_created', 'message_created'] } });
		expect(trigger.staticData).toEqual({ webhookId: 12, accountId: 1, webhookSigned: true, ownUserId: 5, chatwootVersion: '4.15.1' });
	});

	test("an agent's token gets 401 and an error saying an administrator's token is needed, without the token", async () => {
		const trigger = harness();
		// n8n sends a request refused with 401 once more after re-reading the credential.
		const refusal = { status: 401, body: { error: 'You are not authorized to do this action' } };
		expectRequest('GET', WEBHOOKS, refusal, requests.sent);
		expectRequest('GET', WEBHOOKS, refusal, requests.sent);

		const failure = await trigger.activate().then(() => undefined, (error: Error & { description?: string }) => error);

		expect(failure?.message).toBe('ChatWoot answered 401: You are not authorized to do this action');
		expect(failure?.description).toMatch(/^Managing webhooks needs an administrator's access token/);
		expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain(ACCESS_TOKEN);
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${WEBHOOKS}`, `GET ${WEBHOOKS}`]);
		expect(trigger.staticData).toEqual({});
	});

	test('a webhook without a secret (ChatWoot before 4.11.2) is stored as unsigned, with the version', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [] } } }, requests.sent);
		expectRequest('POST', WEBHOOKS, { status: 200, body: { payload: { webhook: webhook({ url: trigger.webhookUrl, secret: undefined }) } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', PROFILE, requests.sent);
		expectRequest('GET', '/api', serverInfo('4.11.0'), requests.sent);

		await trigger.activate();

		expect(trigger.staticData).toEqual({ webhookId: 12, accountId: 1, webhookSigned: false, ownUserId: 5, chatwootVersion: '4.11.0' });
	});

	test('a version route that fails or answers no version leaves the version unknown and activates all the same', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [webhook({ url: trigger.webhookUrl })] } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', PROFILE, requests.sent);
		expectRequest('GET', '/api', { status: 200, body: '<html>not ChatWoot</html>', headers: { 'Content-Type': 'text/html' } }, requests.sent);

		await trigger.activate();

		expect(trigger.staticData).toEqual({ webhookId: 12, accountId: 1, webhookSigned: true, ownUserId: 5 });
	});

	test('the Agent Bot or API Inbox source registers nothing', async () => {
		const trigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret: 's' } });
		await trigger.activate();
		await trigger.hook('delete');
		expect(requests.sent).toEqual([]);
	});
});

describe('private-network warning on activation', () => {
	/** n8n's logger as the hook context gives it (Container.get(Logger)), replaced to read what the trigger logs. */
	function captureLog() {
		const log = { warn: jest.fn(), info: jest.fn(), debug: jest.fn(), error: jest.fn() };
		jest.spyOn(HookContext.prototype as unknown as { logger: unknown }, 'logger', 'get').mockReturnValue(log);
		return log;
	}
	afterEach(() => jest.restoreAllMocks());

	async function activateAt(webhookBaseUrl: string, version: string) {
		const log = captureLog();
		const trigger = harness({}, webhookBaseUrl);
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [webhook({ url: trigger.webhookUrl })] } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', PROFILE, requests.sent);
		expectRequest('GET', '/api', serverInfo(version), requests.sent);
		await trigger.activate();
		// Only a warning: activation goes on, since ChatWoot may allow private addresses.
		expect(trigger.staticData).toMatchObject({ webhookId: 12, chatwootVersion: version });
		return { trigger, warnings: log.warn.mock.calls.map(([message]) => String(message)) };
	}

	test.each([
		['http://localhost:5678/webhook'],
		['http://192.168.1.20:5678/webhook'],
		['http://10.0.0.7/webhook'],
		['http://n8n:5678/webhook'],
		['http://[::1]:5678/webhook'],
	])('ChatWoot 4.15.1 and %s: n8n logs that ChatWoot refuses it unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true', async (base) => {
		const { trigger, warnings } = await activateAt(base, '4.15.1');
		expect(warnings).toEqual([
			`ChatWoot Trigger "ChatWoot Trigger": ChatWoot 4.15.1 refuses to deliver webhooks to private-network addresses unless it runs with SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true, and this trigger's URL ${trigger.webhookUrl} looks private, so events may never arrive (ChatWoot only logs the refusal). Give n8n an address ChatWoot may call (n8n's WEBHOOK_URL), allow private addresses in ChatWoot, or use the ChatWoot Polling Trigger.`,
		]);
	});

	test('ChatWoot 4.14.0, which has no setting to allow them, is told apart', async () => {
		const { warnings } = await activateAt('http://172.18.0.4:5678/webhook', '4.14.0');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('ChatWoot 4.14.0 refuses to deliver webhooks to private-network addresses (4.14.1+ can allow them with SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true)');
	});

	test.each([
		['a private URL with ChatWoot 4.13.0, which still delivers there', 'http://localhost:5678/webhook', '4.13.0'],
		['a public URL with ChatWoot 4.18.0', 'https://n8n.example.com/webhook', '4.18.0'],
		['a public address 172.32.0.1 with ChatWoot 4.18.0', 'http://172.32.0.1/webhook', '4.18.0'],
	])('no warning for %s', async (_label, base, version) => {
		expect((await activateAt(base, version)).warnings).toEqual([]);
	});
});

describe('deactivation', () => {
	test('deletes the stored webhook and forgets it', async () => {
		const trigger = harness({ 'node:ChatWoot Trigger': { webhookId: 12, webhookSigned: true, ownUserId: 5 } });
		expectRequest('DELETE', `${WEBHOOKS}/12`, { status: 200, body: '' }, requests.sent);

		expect(await trigger.hook('delete')).toBe(true);

		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`DELETE ${WEBHOOKS}/12`]);
		expect(trigger.staticData).toEqual({});
	});

	test('with Account left empty, the webhook is deleted in the account it was made in, without asking the profile again', async () => {
		const trigger = new TriggerHarness({
			nodeType: new ChatWootTrigger(),
			typeVersion: 1.1,
			parameters: { source: 'accountWebhook', accountId: { __rl: true, mode: 'list', value: '' }, events: EVENTS },
			staticData: { 'node:ChatWoot Trigger': { webhookId: 12, accountId: 7, ownUserId: 5 } },
		});
		expectRequest('DELETE', '/api/v1/accounts/7/webhooks/12', { status: 200, body: '' }, requests.sent);

		expect(await trigger.hook('delete')).toBe(true);

		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /api/v1/accounts/7/webhooks/12']);
		expect(trigger.staticData).toEqual({});
	});

	test('a webhook already deleted in ChatWoot (404) counts as deleted', async () => {
		const trigger = harness({ 'node:ChatWoot Trigger': { webhookId: 12, webhookSigned: true } });
		expectRequest('DELETE', `${WEBHOOKS}/12`, { status: 404, body: { error: 'Resource could not be found' } }, requests.sent);

		expect(await trigger.hook('delete')).toBe(true);
		expect(trigger.staticData).toEqual({});
	});

	test('other failures are reported, and the webhook is still remembered for the next attempt', async () => {
		const trigger = harness({ 'node:ChatWoot Trigger': { webhookId: 12, webhookSigned: true } });
		expectRequest('DELETE', `${WEBHOOKS}/12`, { status: 500, body: { error: 'Internal Server Error' } }, requests.sent);

		await expect(trigger.hook('delete')).rejects.toThrow('ChatWoot answered 500: Internal Server Error');
		expect(trigger.staticData).toEqual({ webhookId: 12, webhookSigned: true });
	});
});
