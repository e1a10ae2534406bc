import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedListedConversation } from '../mock-chatwoot/resources/triggerConversations';
import { seedMessages } from '../mock-chatwoot/resources/messages';
import { deliver, deliverEvent, deliverToBotOrInbox, retryDelivery, signedHeaders, webhooksOf } from '../mock-chatwoot/resources/webhooks';
import { ownerSession, savedTriggerData } from '../trigger/n8nSession';
import type { Rest } from '../trigger/n8nSession';
import { messageCreated } from '../trigger/payloads';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { RunningN8n } from './n8n';
import { accountWebhookTrigger, botReply, botTrigger, chatWootUpdate, credential, CREDENTIAL_ID, renameAfterMessage, triggeredWorkflow } from './workflows';

/**
 * The triggers in a running n8n (`n8n start`) with active workflows: the webhook trigger
 * registers itself in the mock ChatWoot, takes a signed event, runs a Contact Update after it,
 * refuses forged and replayed events, runs a retried delivery once, refuses the unsigned events
 * of a ChatWoot older than 4.11.2 saying why, and removes its webhook on deactivation; the
 * polling trigger emits each new conversation once.
 */
const runtime = runtimeFromEnv();
const TOKEN = 'e2e-admin-token-3e8b';
const WEBHOOK_WORKFLOW = 'wfTrigger';
const POLLING_WORKFLOW = 'wfPolling';
const WEBHOOK_NODE_ID = '8d2f0f4e-5a7c-4c1e-9b51-2f7d1b0c6a11';
const BOT_WORKFLOW = 'wfBotReply';
const BOT_NODE_ID = '3c0b9a51-7f0e-4d8a-a1f2-6b5e4d3c2b1a';
const BOT_TOKEN = 'e2e-bot-token-71c4';
const BOT_SECRET = 'e2e-bot-secret-0d9e';
/** A second ChatWoot, of the 4.11.0 era, which signs no webhook. */
const OLD_WORKFLOW = 'wfOldCw';
const OLD_NODE_ID = '5a1e7c2d-9b3f-4e60-8d14-0c7b2a9f3e55';
const OLD_CREDENTIAL_ID = 'cwOldCredential';
const OLD_TOKEN = 'e2e-old-admin-token-6f2a';

let mock: ChatWootMock;
let oldMock: ChatWootMock;
let n8n: N8nInstance;
let server: RunningN8n;
let rest: Rest;

/** Activation can take minutes when other n8n processes share this machine's two cores. */
async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 180_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const found = check();
		if (found) return found;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`Timed out waiting for ${what}`);
}

const requestsTo = (method: string, path: string) => mock.requests.filter((request) => request.method === method && request.path === path);


describe(`ChatWoot triggers in a running n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Admin', email: 'admin@example.com', accessToken: TOKEN, accountIds: [1] });
		mock.addUser({ name: 'Answer Bot', email: 'bot@example.com', accessToken: BOT_TOKEN, accountIds: [1], kind: 'agentBot' });
		seedMessages(mock, account, 7, 1);
		seedContact(account, { name: 'Ann', email: 'ann@example.com' });
		seedListedConversation(account, { meta: { sender: { id: 1, name: 'Ann', type: 'contact' } } });
		seedListedConversation(account, { meta: { sender: { id: 1, name: 'Ann', type: 'contact' } } });
		oldMock = createChatWootMock({ version: '4.11.0' });
		const oldBaseUrl = await oldMock.start();
		oldMock.addAccount(1);
		oldMock.addUser({ name: 'Old Admin', email: 'old-admin@example.com', accessToken: OLD_TOKEN, accountIds: [1] });

		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, baseUrl, TOKEN),
			credential(OLD_CREDENTIAL_ID, oldBaseUrl, OLD_TOKEN),
			{ id: 'cwBot', name: 'ChatWoot bot', type: 'chatWootAgentBotApi', data: { baseUrl, accessToken: BOT_TOKEN } },
		]);
		const credentials = { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } };
		await n8n.importWorkflows([
			triggeredWorkflow(WEBHOOK_WORKFLOW, accountWebhookTrigger(n8n.nodeType, WEBHOOK_NODE_ID), renameAfterMessage(n8n.nodeType)),
			triggeredWorkflow(
				POLLING_WORKFLOW,
				{
					name: 'ChatWoot Polling Trigger',
					type: `${n8n.nodeType}PollingTrigger`,
					typeVersion: 1,
					// n8n polls once on activation, then on every minute boundary (it refuses anything shorter).
					parameters: { accountId: 1, event: 'newConversation', pollTimes: { item: [{ mode: 'everyMinute' }] } },
					credentials,
				},
				chatWootUpdate(n8n.nodeType, {
					accountId: '1',
					contactId: '={{ $json.meta.sender.id }}',
					updateFields: { identifier: '={{ "conversation-" + $json.id }}' },
				}),
			),
			// The most common n8n + ChatWoot set-up: an agent bot's webhook starts the workflow, which replies as the bot.
			triggeredWorkflow(
				BOT_WORKFLOW,
				botTrigger(n8n.nodeType, BOT_NODE_ID, BOT_SECRET),
				botReply(n8n.nodeType, '={{ "Thanks, " + $json.payload.sender.name + "! An agent will answer soon." }}', 'cwBot'),
			),
			triggeredWorkflow(OLD_WORKFLOW, accountWebhookTrigger(n8n.nodeType, OLD_NODE_ID, OLD_CREDENTIAL_ID), renameAfterMessage(n8n.nodeType)),
		]);
		await n8n.activateWorkflows([WEBHOOK_WORKFLOW, POLLING_WORKFLOW, BOT_WORKFLOW, OLD_WORKFLOW]);
		server = await n8n.serve();
		rest = await ownerSession(server.url);
	}, 300_000);

	afterAll(async () => {
		await server?.stop();
		await mock?.stop();
		await oldMock?.stop();
		n8n?.remove();
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
		expect(oldMock.contractViolations()).toEqual([]);
	});

	test('activation registers the webhook; a signed event runs the workflow; forged and replayed events are refused', async () => {
		const [webhook] = await waitFor('the webhook registration', () => (webhooksOf(mock.accounts.get(1)!).length ? webhooksOf(mock.accounts.get(1)!) : undefined));
		expect(webhook.url).toBe(`http://localhost:${new URL(server.url).port}/webhook/${WEBHOOK_NODE_ID}/webhook`);
		expect(webhook.subscriptions).toEqual(['message_created']);
		// Activation ends with n8n saving the trigger's static data: wait until it is saved. The secret stays in memory.
		const saved = await savedTriggerData(rest, WEBHOOK_WORKFLOW, 'ChatWoot Trigger');
		expect(saved).toEqual({ webhookId: webhook.id, accountId: 1, webhookSigned: true, ownUserId: 1, chatwootVersion: mock.version });
		const [registration] = requestsTo('POST', '/api/v1/accounts/1/webhooks');
		expect(registration.headers['api-access-token']).toBe(TOKEN);
		expect(registration.body).toEqual({ webhook: { url: webhook.url, name: `n8n: ${WEBHOOK_WORKFLOW}`, subscriptions: ['message_created'] } });

		const event = messageCreated({ id: 4242, sender: { id: 1, name: 'Ann', type: 'contact' }, conversation: { id: 7, inbox_id: 3, meta: { sender: { id: 1, type: 'contact' } } } });
		const [delivery] = await deliverEvent(mock, 1, event);
		expect(delivery.status).toBe(200);
		expect(delivery.milliseconds).toBeLessThan(5000);
		const [update] = await waitFor('the Contact Update', () => {
			const updates = requestsTo('PUT', '/api/v1/accounts/1/contacts/1');
			return updates.length ? updates : undefined;
		});
		expect(update.body).toEqual({ name: 'Ann (message 4242)' });

		const body = JSON.stringify(messageCreated({ id: 4243, sender: { id: 1, type: 'contact' } }));
		const forged = await deliver(webhook.url, body, signedHeaders('not-the-secret', body));
		expect(forged.status).toBe(401);
		const replayed = await deliver(delivery.url, delivery.payload, delivery.headers);
		expect(replayed.status).toBe(401);
		expect(`${forged.body} ${replayed.body}`).not.toContain(webhook.secret);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect(requestsTo('PUT', '/api/v1/accounts/1/contacts/1')).toHaveLength(1);
	}, 300_000);

	test('agent bot: a signed bot event starts the workflow, which replies in the conversation with the bot token', async () => {
		const url = `${server.url.replace('127.0.0.1', 'localhost')}/webhook/${BOT_NODE_ID}/webhook`;
		const event = messageCreated({ id: 5151, sender: { id: 1, name: 'Ann', type: 'contact' }, conversation: { id: 7, inbox_id: 3, meta: { sender: { id: 1, type: 'contact' } } } });
		const body = JSON.stringify(event);
		const unsigned = await deliver(url, body, { 'Content-Type': 'application/json' });
		expect(unsigned.status).toBe(401);
		const delivery = await deliver(url, body, signedHeaders(BOT_SECRET, body));
		expect(delivery.status).toBe(200);
		const [reply] = await waitFor('the bot reply', () => {
			const replies = requestsTo('POST', '/api/v1/accounts/1/conversations/7/messages');
			return replies.length ? replies : undefined;
		});
		expect(reply.headers['api-access-token']).toBe(BOT_TOKEN);
		expect(reply.body).toEqual({ content: 'Thanks, Ann! An agent will answer soon.' });
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(requestsTo('POST', '/api/v1/accounts/1/conversations/7/messages')).toHaveLength(1);
	}, 300_000);

	test("agent bot: ChatWoot's retry of a delivery (same X-Chatwoot-Delivery id, signed anew) gets 200 and starts no second run", async () => {
		const url = `${server.url.replace('127.0.0.1', 'localhost')}/webhook/${BOT_NODE_ID}/webhook`;
		const replies = () => requestsTo('POST', '/api/v1/accounts/1/conversations/7/messages').length;
		const before = replies();
		const event = messageCreated({ id: 5252, sender: { id: 1, name: 'Ann', type: 'contact' }, conversation: { id: 7, inbox_id: 3, meta: { sender: { id: 1, type: 'contact' } } } });
		const first = await deliverToBotOrInbox(mock, 'agentBot', url, BOT_SECRET, event);
		expect(first.status).toBe(200);
		expect(first.headers['X-Chatwoot-Delivery']).toMatch(/^[0-9a-f-]{36}$/);
		const retry = await retryDelivery(first, BOT_SECRET);
		expect(retry.headers['X-Chatwoot-Delivery']).toBe(first.headers['X-Chatwoot-Delivery']);
		expect(retry.headers['X-Chatwoot-Signature']).not.toBe(first.headers['X-Chatwoot-Signature']);
		expect(retry.status).toBe(200);
		expect(JSON.parse(retry.body)).toEqual({ message: 'Duplicate delivery ignored: this X-Chatwoot-Delivery id was already received' });
		await waitFor('the bot reply', () => replies() > before);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect(replies()).toBe(before + 1);
	}, 300_000);

	test('ChatWoot 4.11.0: its webhook has no secret, and its unsigned event is refused saying that signing began in 4.11.2', async () => {
		const [webhook] = await waitFor('the webhook registration in the 4.11.0 ChatWoot', () => {
			const registered = webhooksOf(oldMock.accounts.get(1)!);
			return registered.length ? registered : undefined;
		});
		const [registration] = oldMock.requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/accounts/1/webhooks');
		expect(registration.body).toEqual({ webhook: { url: webhook.url, name: `n8n: ${OLD_WORKFLOW}`, subscriptions: ['message_created'] } });
		const saved = await savedTriggerData(rest, OLD_WORKFLOW, 'ChatWoot Trigger');
		expect(saved).toEqual({ webhookId: webhook.id, accountId: 1, webhookSigned: false, ownUserId: 1, chatwootVersion: '4.11.0' });

		const [delivery] = await deliverEvent(oldMock, 1, messageCreated({ id: 4711, sender: { id: 1, type: 'contact' } }));
		expect(Object.keys(delivery.headers)).toEqual(['Content-Type']);
		expect(delivery.status).toBe(401);
		expect(JSON.parse(delivery.body)).toEqual({
			message:
				'The event is not signed: this ChatWoot is older than 4.11.2, the first version that signs account webhooks. Update ChatWoot, or turn on Allow Unsigned Events in Options (anyone who knows this URL can then start the workflow).',
		});
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(oldMock.requests.filter((request) => request.method === 'PUT')).toEqual([]);
	}, 300_000);

	test('the polling trigger emits each new conversation exactly once', async () => {
		const account = mock.accounts.get(1)!;
		const polls = () => mock.requests.filter((request) => request.path === '/api/v1/accounts/1/conversations').length;
		await waitFor('the first poll', () => polls() >= 1);
		for (let i = 0; i < 3; i++) seedListedConversation(account, { meta: { sender: { id: 1, name: 'Ann', type: 'contact' } } });
		const after = polls();
		await waitFor('two more polls', () => polls() >= after + 2);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		const identifiers = requestsTo('PUT', '/api/v1/accounts/1/contacts/1')
			.map((request) => (request.body as { identifier?: string }).identifier)
			.filter(Boolean);
		// One item per new conversation; n8n sends the items' updates concurrently, so in any order.
		expect(identifiers.sort()).toEqual(['conversation-3', 'conversation-4', 'conversation-5']);
	}, 400_000);

	test('deactivation deletes the webhook in ChatWoot', async () => {
		const [webhook] = webhooksOf(mock.accounts.get(1)!);
		const deactivated = runtime.version.startsWith('1.')
			? await rest('PATCH', `/rest/workflows/${WEBHOOK_WORKFLOW}`, { active: false })
			: await rest('POST', `/rest/workflows/${WEBHOOK_WORKFLOW}/deactivate`, {});
		expect(deactivated.status).toBe(200);
		await waitFor('the webhook deletion', () => requestsTo('DELETE', `/api/v1/accounts/1/webhooks/${webhook.id}`).length > 0);
		expect(webhooksOf(mock.accounts.get(1)!)).toEqual([]);
	}, 120_000);
});
