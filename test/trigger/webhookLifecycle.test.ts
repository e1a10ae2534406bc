import nock from 'nock';

import { TriggerHarness } from '../harness/executeTrigger';
import { ACCESS_TOKEN } from '../harness/executeNode';
import { expectRequest } from '../support/nockChatWoot';
import type { CapturedRequest } from '../support/nockChatWoot';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';

const WEBHOOKS = '/api/v1/accounts/1/webhooks';
const EVENTS = ['message_created', 'conversation_created'];
const PROFILE = { status: 200, body: { id: 5, name: 'Bob Admin', role: 'administrator' } };

function harness(staticData = {}) {
	return new TriggerHarness({
		nodeType: new ChatWootTrigger(),
		parameters: { source: 'accountWebhook', accountId: 1, events: EVENTS },
		staticData,
	});
}

function webhook(overrides: Record<string, unknown> = {}) {
	return { id: 12, name: 'n8n', account_id: 1, subscriptions: [...EVENTS].sort(), secret: 'whsec-9c1f', ...overrides };
}

let captured: CapturedRequest[];

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.restore());
beforeEach(() => {
	captured = [];
});
afterEach(() => {
	expect(nock.pendingMocks()).toEqual([]);
	nock.cleanAll();
	expect(captured.flatMap((request) => request.contractProblems)).toEqual([]);
});

describe('activation', () => {
	test('with no webhook yet, one is created for the production URL and its id and secret are stored', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [webhook({ url: 'https://elsewhere.example/hook' })] } } }, captured);
		expectRequest('POST', WEBHOOKS, { status: 200, body: { payload: { webhook: webhook({ id: 31, url: trigger.webhookUrl }) } } }, captured);
		expectRequest('GET', '/api/v1/profile', PROFILE, captured);

		await trigger.activate();

		expect(captured.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${WEBHOOKS}`, `POST ${WEBHOOKS}`, 'GET /api/v1/profile']);
		expect(captured[1].body).toEqual({
			webhook: { url: trigger.webhookUrl, name: 'n8n: Reply to customers', subscriptions: ['conversation_created', 'message_created'] },
		});
		expect(captured.every((request) => request.headers['api-access-token'] === ACCESS_TOKEN)).toBe(true);
		expect(trigger.staticData).toEqual({ webhookId: 31, webhookSecret: 'whsec-9c1f', ownUserId: 5 });
	});

	test('a webhook with the same URL and events is adopted without any change', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [webhook({ url: trigger.webhookUrl })] } } }, captured);
		expectRequest('GET', '/api/v1/profile', PROFILE, captured);

		await trigger.activate();

		expect(captured.map((request) => request.method)).toEqual(['GET', 'GET']);
		expect(trigger.staticData).toEqual({ webhookId: 12, webhookSecret: 'whsec-9c1f', ownUserId: 5 });
	});

	test('a webhook with the same URL but other events is updated to these events and adopted', async () => {
		const trigger = harness();
		const stale = webhook({ url: trigger.webhookUrl, subscriptions: ['contact_created'] });
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [stale] } } }, captured);
		expectRequest('PATCH', `${WEBHOOKS}/12`, { status: 200, body: { payload: { webhook: webhook({ url: trigger.webhookUrl, secret: 'whsec-after' }) } } }, captured);
		expectRequest('GET', '/api/v1/profile', PROFILE, captured);

		await trigger.activate();

		expect(captured[1].body).toEqual({ webhook: { subscriptions: ['conversation_created', 'message_created'] } });
		expect(trigger.staticData).toEqual({ webhookId: 12, webhookSecret: 'whsec-after', ownUserId: 5 });
	});

	test("an agent's token gets 401 and an error saying an administrator's token is needed, without the token", async () => {
		const trigger = harness();
		// n8n sends a request refused with 401 once more after re-reading the credential.
		const refusal = { status: 401, body: { error: 'You are not authorized to do this action' } };
		expectRequest('GET', WEBHOOKS, refusal, captured);
		expectRequest('GET', WEBHOOKS, refusal, captured);

		const failure = await trigger.activate().then(() => undefined, (error: Error & { description?: string }) => error);

		expect(failure?.message).toBe('ChatWoot answered 401: You are not authorized to do this action');
		expect(failure?.description).toMatch(/^Managing webhooks needs an administrator's access token/);
		expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain(ACCESS_TOKEN);
		expect(captured.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${WEBHOOKS}`, `GET ${WEBHOOKS}`]);
		expect(trigger.staticData).toEqual({});
	});

	test('a webhook without a secret (ChatWoot before 4.12) stores no secret', async () => {
		const trigger = harness();
		expectRequest('GET', WEBHOOKS, { status: 200, body: { payload: { webhooks: [] } } }, captured);
		expectRequest('POST', WEBHOOKS, { status: 200, body: { payload: { webhook: webhook({ url: trigger.webhookUrl, secret: undefined }) } } }, captured);
		expectRequest('GET', '/api/v1/profile', PROFILE, captured);

		await trigger.activate();

		expect(trigger.staticData).toEqual({ webhookId: 12, ownUserId: 5 });
	});

	test('the Agent Bot or API Inbox source registers nothing', async () => {
		const trigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret: 's' } });
		await trigger.activate();
		await trigger.hook('delete');
		expect(captured).toEqual([]);
	});
});

describe('deactivation', () => {
	test('deletes the stored webhook and forgets it', async () => {
		const trigger = harness({ 'node:ChatWoot Trigger': { webhookId: 12, webhookSecret: 'whsec-9c1f', ownUserId: 5 } });
		expectRequest('DELETE', `${WEBHOOKS}/12`, { status: 200, body: '' }, captured);

		expect(await trigger.hook('delete')).toBe(true);

		expect(captured.map((request) => `${request.method} ${request.path}`)).toEqual([`DELETE ${WEBHOOKS}/12`]);
		expect(trigger.staticData).toEqual({});
	});

	test('a webhook already deleted in ChatWoot (404) counts as deleted', async () => {
		const trigger = harness({ 'node:ChatWoot Trigger': { webhookId: 12, webhookSecret: 'whsec-9c1f' } });
		expectRequest('DELETE', `${WEBHOOKS}/12`, { status: 404, body: { error: 'Resource could not be found' } }, captured);

		expect(await trigger.hook('delete')).toBe(true);
		expect(trigger.staticData).toEqual({});
	});

	test('other failures are reported, and the webhook is still remembered for the next attempt', async () => {
		const trigger = harness({ 'node:ChatWoot Trigger': { webhookId: 12, webhookSecret: 'whsec-9c1f' } });
		expectRequest('DELETE', `${WEBHOOKS}/12`, { status: 500, body: { error: 'Internal Server Error' } }, captured);

		await expect(trigger.hook('delete')).rejects.toThrow('ChatWoot answered 500: Internal Server Error');
		expect(trigger.staticData).toEqual({ webhookId: 12, webhookSecret: 'whsec-9c1f' });
	});
});
