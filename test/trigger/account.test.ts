import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeParameters } from 'n8n-workflow';

import { TriggerHarness } from '../harness/executeTrigger';
import { signedHeaders } from '../mock-chatwoot/resources/webhooks';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { ChatWootPollingTrigger } from '../../nodes/ChatWootPollingTrigger/ChatWootPollingTrigger.node';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';
import { conversationData, messageCreated } from './payloads';

/** Version 1.1 of both triggers: Account is the action node's picker, and may be left empty. */
const EVENTS = ['conversation_created', 'message_created'];
const ONE_ACCOUNT = { status: 200, body: { id: 5, name: 'Bob Admin', accounts: [{ id: 3, name: 'Acme' }] } };
const TWO_ACCOUNTS = { status: 200, body: { id: 5, name: 'Bob Admin', accounts: [{ id: 3, name: 'Acme' }, { id: 4, name: 'Beta' }] } };

const requests = recordChatWootRequests({ everyExpectedSent: true });
const paths = () => requests.sent.map((request) => `${request.method} ${request.path}`);

function webhookTrigger(parameters: INodeParameters) {
	return new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'accountWebhook', events: EVENTS, ...parameters }, typeVersion: 1.1 });
}

function expectActivation(trigger: TriggerHarness, account: number) {
	const webhooks = `/api/v1/accounts/${account}/webhooks`;
	expectRequest('GET', webhooks, { status: 200, body: { payload: { webhooks: [] } } }, requests.sent);
	const created = { id: 31, url: trigger.webhookUrl, subscriptions: EVENTS, secret: 'whsec-1' };
	expectRequest('POST', webhooks, { status: 200, body: { payload: { webhook: created } } }, requests.sent);
	expectRequest('GET', '/api', { status: 200, body: { version: '4.15.1' } }, requests.sent);
}

describe('ChatWoot Trigger 1.1: Account', () => {
	test('an account picked From List registers the webhook there', async () => {
		const trigger = webhookTrigger({ accountId: { __rl: true, mode: 'list', value: '7' } });
		expectActivation(trigger, 7);
		expectRequest('GET', '/api/v1/profile', ONE_ACCOUNT, requests.sent);
		await trigger.activate();
		expect(paths()).toEqual(['GET /api/v1/accounts/7/webhooks', 'POST /api/v1/accounts/7/webhooks', 'GET /api/v1/profile', 'GET /api']);
	});

	test("left empty, it is the token's only account", async () => {
		const trigger = webhookTrigger({});
		expectActivation(trigger, 3);
		for (let lookup = 0; lookup < 3; lookup++) expectRequest('GET', '/api/v1/profile', ONE_ACCOUNT, requests.sent);
		await trigger.activate();
		// Activation is two calls (checkExists, create), each reading the account once; the last profile read is the loop guard's.
		expect(paths()).toEqual([
			'GET /api/v1/profile',
			'GET /api/v1/accounts/3/webhooks',
			'GET /api/v1/profile',
			'POST /api/v1/accounts/3/webhooks',
			'GET /api/v1/profile',
			'GET /api',
		]);
	});

	test('left empty with several accounts, activation fails naming them', async () => {
		expectRequest('GET', '/api/v1/profile', TWO_ACCOUNTS, requests.sent);
		const failure = await webhookTrigger({}).activate().then(() => undefined, (error: Error & { description?: string }) => error);
		expect(failure?.message).toBe("The token's user belongs to 2 accounts: choose one in Account");
		expect(failure?.description).toContain('3 (Acme), 4 (Beta)');
		expect(paths()).toEqual(['GET /api/v1/profile']);
	});

	test('an event only bots receive, kept from the other Source, is refused by name before registering', async () => {
		const trigger = webhookTrigger({ accountId: { __rl: true, mode: 'id', value: '7' }, events: ['conversation_opened', 'message_created'] });
		expectRequest('GET', '/api/v1/accounts/7/webhooks', { status: 200, body: { payload: { webhooks: [] } } }, requests.sent);
		const failure = await trigger.activate().then(() => undefined, (error: Error) => error);
		expect(failure?.message).toBe('Account webhooks cannot subscribe to conversation_opened');
		expect(paths()).toEqual(['GET /api/v1/accounts/7/webhooks']);
	});

	test('a workflow saved with version 1 keeps its numeric Account ID', async () => {
		const trigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'accountWebhook', accountId: 7, events: EVENTS } });
		expectActivation(trigger, 7);
		expectRequest('GET', '/api/v1/profile', ONE_ACCOUNT, requests.sent);
		await trigger.activate();
		expect(paths()).toEqual(['GET /api/v1/accounts/7/webhooks', 'POST /api/v1/accounts/7/webhooks', 'GET /api/v1/profile', 'GET /api']);
	});
});

describe('ChatWoot Trigger 1.1: switching Source keeps the events', () => {
	const description = new ChatWootTrigger().description;
	const node = { typeVersion: 1.1 } as INode;
	/** What n8n's editor keeps of the parameters after a change (NodeHelpers.getNodeParameters, as NodeSettings calls it). */
	const kept = (parameters: INodeParameters) => NodeHelpers.getNodeParameters(description.properties, parameters, false, false, node, description);

	test.each([
		['Account Webhook → Agent Bot', 'botOrInbox'],
		['Agent Bot → Account Webhook', 'accountWebhook'],
	])('%s', (_label, source) => {
		expect(kept({ source, events: ['message_created', 'conversation_created'] })?.events).toEqual(['message_created', 'conversation_created']);
	});

	test('a bot delivery is filtered by the same Events', async () => {
		const secret = 'bot-secret-11';
		const trigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret, events: ['message_created'] }, typeVersion: 1.1 });
		const deliver = async (payload: object, timestamp: number) => {
			const body = JSON.stringify(payload);
			return await trigger.deliver({ headers: signedHeaders(secret, body, timestamp), body });
		};
		const now = Math.floor(Date.now() / 1000);
		expect((await deliver({ event: 'conversation_resolved', ...conversationData() }, now - 3)).items).toBeUndefined();
		expect((await deliver(messageCreated(), now - 2)).items).toHaveLength(1);
	});
});

describe('ChatWoot Polling Trigger 1.1: Account', () => {
	test("left empty, each poll reads the token's only account once", async () => {
		const poller = new TriggerHarness({ nodeType: new ChatWootPollingTrigger(), parameters: { event: 'newContact' }, typeVersion: 1.1 });
		expectRequest('GET', '/api/v1/profile', ONE_ACCOUNT, requests.sent);
		expectRequest('GET', '/api/v1/accounts/3/contacts', { status: 200, body: { meta: { count: 0 }, payload: [] } }, requests.sent);
		await poller.poll();
		expect(paths()).toEqual(['GET /api/v1/profile', 'GET /api/v1/accounts/3/contacts']);
	});
});
