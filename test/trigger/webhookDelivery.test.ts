import { randomUUID } from 'crypto';

import { TriggerHarness } from '../harness/executeTrigger';
import { ACCESS_TOKEN, BASE_URL } from '../harness/executeNode';
import { signedHeaders } from '../mock-chatwoot/resources/webhooks';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { normalizeBaseUrl } from '../../nodes/ChatWoot/transport/baseUrl';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';
import { rememberWebhookSecret } from '../../nodes/ChatWootTrigger/webhookSecret';
import { AGENT, BOT, conversationData, messageCreated } from './payloads';

const SECRET = 'whsec-9c1f-account';
const OWN_USER_ID = AGENT.id;
const ALL_MESSAGE_EVENTS = ['message_created', 'message_updated', 'conversation_created', 'contact_created'];

const now = () => Math.floor(Date.now() / 1000);

function accountTrigger(parameters: Record<string, unknown> = {}, staticData: Record<string, unknown> = {}) {
	return new TriggerHarness({
		nodeType: new ChatWootTrigger(),
		parameters: { source: 'accountWebhook', accountId: 1, events: ALL_MESSAGE_EVENTS, ...parameters },
		staticData: { 'node:ChatWoot Trigger': { webhookId: 12, accountId: 1, webhookSigned: true, ownUserId: OWN_USER_ID, ...staticData } },
	});
}

const requests = recordChatWootRequests({ everyExpectedSent: true });

// Webhook 12 was activated in this process, which remembers its secret (how a process that did not
// activate it reads the secret is tested under "the signing secret").
beforeAll(() => rememberWebhookSecret(normalizeBaseUrl(BASE_URL), { accountId: 1, webhookId: 12 }, SECRET));

/**
 * The trigger refuses a signature it has already accepted (a replay), so deliveries of the same
 * payload in these tests are told apart the way ChatWoot's are: by their timestamp, a distinct
 * one each, counted up from two minutes before the file started (well inside the 300 s window).
 */
const FIRST_TIMESTAMP = now() - 120;
let deliveriesSigned = 0;

function signed(payload: object, { secret = SECRET, timestamp = FIRST_TIMESTAMP + deliveriesSigned++ } = {}) {
	const body = JSON.stringify(payload);
	return { headers: signedHeaders(secret, body, timestamp), body };
}


describe('signature', () => {
	test('a validly signed event starts the workflow with one item: event, ids, raw payload', async () => {
		const payload = messageCreated();
		const delivery = signed(payload);
		const call = await accountTrigger().deliver(delivery);
		expect(call.status).toBe(200);
		expect(call.items).toEqual([
			{
				json: {
					event: 'message_created',
					accountId: 1,
					conversationId: 7,
					contactId: 42,
					inboxId: 3,
					messageId: 1001,
					deliveryId: delivery.headers['X-Chatwoot-Delivery'],
					payload,
				},
			},
		]);
	});

	test.each([
		['a tampered body', () => ({ ...signed(messageCreated()), body: JSON.stringify(messageCreated({ content: 'refund me' })) }), 'The event signature does not match'],
		['a wrong secret', () => signed(messageCreated(), { secret: 'someone-elses-secret' }), 'The event signature does not match'],
		['a stale timestamp (10 minutes old)', () => signed(messageCreated(), { timestamp: now() - 600 }), 'The event timestamp is outside the accepted window'],
		['a future timestamp (10 minutes ahead)', () => signed(messageCreated(), { timestamp: now() + 600 }), 'The event timestamp is outside the accepted window'],
		[
			'a missing signature while the secret is known',
			() => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated()) }),
			'The event is not signed (no X-Chatwoot-Signature header). ChatWoot 4.11.2+ signs every account webhook delivery, so this one did not come from the ChatWoot this webhook is registered in.',
		],
	])('%s gets 401 and starts nothing', async (_label, makeDelivery, reason) => {
		const call = await accountTrigger().deliver(makeDelivery());
		expect(call).toMatchObject({ status: 401, responseBody: { message: reason }, items: undefined });
		expect(JSON.stringify(call.responseBody)).not.toContain(SECRET);
	});

	test('the window is the option: 10 minutes old passes with 900 s', async () => {
		const call = await accountTrigger({ options: { toleranceSeconds: 900 } }).deliver(signed(messageCreated(), { timestamp: now() - 600 }));
		expect(call.status).toBe(200);
		expect(call.items).toHaveLength(1);
	});

	test('header names in any case are read (Node lower-cases them)', async () => {
		const { headers, body } = signed(messageCreated({ id: 2002 }));
		const shouted = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]));
		expect((await accountTrigger().deliver({ headers: shouted, body })).status).toBe(200);
	});

	test('the same signed delivery sent again is refused as a replay', async () => {
		const delivery = signed(messageCreated({ id: 3003 }));
		const trigger = accountTrigger();
		expect((await trigger.deliver(delivery)).status).toBe(200);
		expect(await trigger.deliver(delivery)).toMatchObject({ status: 401, responseBody: { message: 'The event was already received' }, items: undefined });
	});

	test('unsigned events pass only with Allow Unsigned Events; a wrong signature is refused even then', async () => {
		const unsigned = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated()) };
		const lenient = accountTrigger({ options: { allowUnsigned: true } });
		expect((await lenient.deliver(unsigned)).items).toHaveLength(1);
		expect((await lenient.deliver(signed(messageCreated(), { secret: 'forged' }))).status).toBe(401);
	});

	test('without a known secret, unsigned events are refused unless allowed', async () => {
		const unsigned = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated()) };
		const noSecret = { webhookSigned: false };
		expect(await accountTrigger({}, noSecret).deliver(unsigned)).toMatchObject({ status: 401, items: undefined });
		expect((await accountTrigger({ options: { allowUnsigned: true } }, noSecret).deliver(unsigned)).status).toBe(200);
	});
});

describe('the signing secret', () => {
	const WEBHOOKS = '/api/v1/accounts/1/webhooks';
	const listed = (...webhooks: Array<{ id: number; secret?: string }>) => ({
		status: 200,
		body: { payload: { webhooks: webhooks.map((webhook) => ({ name: 'n8n', url: 'https://n8n.example.com/webhook/x', account_id: 1, subscriptions: ALL_MESSAGE_EVENTS, ...webhook })) } },
	});

	test('a process that did not activate the workflow reads it from ChatWoot once; it is in no static data, item or answer', async () => {
		expectRequest('GET', WEBHOOKS, listed({ id: 3, secret: 'someone-else' }, { id: 40, secret: SECRET }), requests.sent);
		const trigger = accountTrigger({}, { webhookId: 40 });
		const calls = await Promise.all([1, 2, 3].map(async (id) => await trigger.deliver(signed(messageCreated({ id: 4000 + id })))));
		expect(calls.map((call) => call.status)).toEqual([200, 200, 200]);
		expect(calls.every((call) => call.items?.length === 1)).toBe(true);
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0].headers['api-access-token']).toBe(ACCESS_TOKEN);
		expect(JSON.stringify([trigger.workflow.staticData, calls.map((call) => [call.items, call.responseBody])])).not.toContain(SECRET);
		// Later deliveries use the secret read once.
		expect((await trigger.deliver(signed(messageCreated({ id: 4004 })))).status).toBe(200);
		expect(requests.sent).toHaveLength(1);
	});

	test('activation gives this process the secret: deliveries ask ChatWoot nothing, and static data only says the webhook is signed', async () => {
		const trigger = accountTrigger({}, { webhookId: undefined, ownUserId: undefined, accountId: undefined, webhookSigned: undefined });
		expectRequest('GET', WEBHOOKS, listed(), requests.sent);
		expectRequest('POST', WEBHOOKS, { status: 200, body: { payload: { webhook: { id: 41, url: trigger.webhookUrl, subscriptions: ALL_MESSAGE_EVENTS, secret: 'whsec-41' } } } }, requests.sent);
		expectRequest('GET', '/api/v1/profile', { status: 200, body: { id: OWN_USER_ID } }, requests.sent);
		expectRequest('GET', '/api', { status: 200, body: { version: '4.15.1' } }, requests.sent);
		await trigger.activate();
		expect(trigger.staticData).toEqual({ webhookId: 41, accountId: 1, webhookSigned: true, ownUserId: OWN_USER_ID, chatwootVersion: '4.15.1' });

		expect((await trigger.deliver(signed(messageCreated({ id: 4101 }), { secret: 'whsec-41' }))).status).toBe(200);
		expect(requests.sent).toHaveLength(4);
	});

	test('a webhook deleted in ChatWoot: deliveries get 401 saying to activate again, and many of them ask ChatWoot once', async () => {
		expectRequest('GET', WEBHOOKS, listed({ id: 3, secret: 'someone-else' }), requests.sent);
		const trigger = accountTrigger({}, { webhookId: 42 });
		for (let attempt = 0; attempt < 5; attempt++) {
			expect(await trigger.deliver(signed(messageCreated({ id: 4200 + attempt })))).toMatchObject({
				status: 401,
				items: undefined,
				responseBody: { message: 'This webhook is no longer registered in ChatWoot: deactivate and activate the workflow to register it again' },
			});
		}
		expect(requests.sent).toHaveLength(1);
	});

	test("ChatWoot failing to list its webhooks: 503, nothing started, no token or ChatWoot error in the answer; asked again only after a while", async () => {
		expectRequest('GET', WEBHOOKS, { status: 500, body: { error: 'Internal Server Error' } }, requests.sent);
		const trigger = accountTrigger({}, { webhookId: 43 });
		for (let attempt = 0; attempt < 3; attempt++) {
			const call = await trigger.deliver(signed(messageCreated({ id: 4300 + attempt })));
			expect(call).toMatchObject({ status: 503, items: undefined, responseBody: { message: "The event cannot be verified now: ChatWoot did not answer with this webhook's signing secret" } });
			expect(JSON.stringify(call.responseBody)).not.toMatch(new RegExp(`${ACCESS_TOKEN}|Internal Server Error`));
		}
		expect(requests.sent).toHaveLength(1);
	});

	test('a webhook ChatWoot gave no secret (before 4.11.2) is not looked up', async () => {
		const unsigned = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated({ id: 4401 })) };
		const call = await accountTrigger({ options: { allowUnsigned: true } }, { webhookId: 44, webhookSigned: false }).deliver(unsigned);
		expect(call.items).toHaveLength(1);
		expect(requests.sent).toEqual([]);
	});
});

describe('an unsigned delivery is refused with what the ChatWoot version signs', () => {
	const unsigned = () => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated()) });
	const ALLOW = 'turn on Allow Unsigned Events in Options (anyone who knows this URL can then start the workflow)';

	test.each([
		[
			'ChatWoot 4.11.0 (read on activation), which signs no account webhook',
			{ webhookSigned: false, chatwootVersion: '4.11.0' },
			`The event is not signed: this ChatWoot is older than 4.11.2, the first version that signs account webhooks. Update ChatWoot, or ${ALLOW}.`,
		],
		[
			'ChatWoot 4.15.1 but no secret kept (updated after activation)',
			{ webhookSigned: false, chatwootVersion: '4.15.1' },
			`No signing secret is known for this webhook, so the event cannot be verified. ChatWoot 4.11.2+ gives each webhook a secret, which this trigger reads on activation: if ChatWoot was updated since, deactivate and activate the workflow; for older ChatWoot, ${ALLOW}.`,
		],
		[
			'an unknown version and no secret',
			{ webhookSigned: false },
			`No signing secret is known for this webhook, so the event cannot be verified. ChatWoot 4.11.2+ gives each webhook a secret, which this trigger reads on activation: if ChatWoot was updated since, deactivate and activate the workflow; for older ChatWoot, ${ALLOW}.`,
		],
	])('account webhook, %s', async (_label, staticData, reason) => {
		const call = await accountTrigger({}, staticData).deliver(unsigned());
		expect(call).toMatchObject({ status: 401, responseBody: { message: reason }, items: undefined });
		// The answer goes to whoever called: it never names the server's exact version.
		expect(JSON.stringify(call.responseBody)).not.toMatch(/4\.11\.0|4\.15\.1/);
	});

	test.each([
		[
			'no secret in the node',
			'',
			`No secret is set in the node, so the event cannot be verified. ChatWoot 4.13.0+ signs agent-bot and API-inbox deliveries: enter the bot's or inbox's secret in Secret. Older ChatWoot signs none of them: ${ALLOW}.`,
		],
		[
			'a secret in the node but no signature (ChatWoot before 4.13.0)',
			'bot-secret',
			`The event is not signed (no X-Chatwoot-Signature header). ChatWoot signs agent-bot and API-inbox deliveries since 4.13.0; if yours is older, ${ALLOW}.`,
		],
	])('agent bot or API inbox, %s', async (_label, secret, reason) => {
		const trigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret } });
		expect(await trigger.deliver(unsigned())).toMatchObject({ status: 401, responseBody: { message: reason }, items: undefined });
	});

	test('the API inbox of ChatWoot 4.11.2–4.12 (a delivery id, no signature) passes with Allow Unsigned Events', async () => {
		const trigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret: '', options: { allowUnsigned: true } } });
		const delivery = { headers: { 'Content-Type': 'application/json', 'X-Chatwoot-Delivery': randomUUID() }, body: JSON.stringify(messageCreated({ id: 6006 })) };
		expect((await trigger.deliver(delivery)).items?.[0].json).toMatchObject({ messageId: 6006, deliveryId: delivery.headers['X-Chatwoot-Delivery'] });
	});
});

describe('duplicate deliveries', () => {
	/** ChatWoot's retry: the job runs again with the same delivery id, signed anew `afterSeconds` later. */
	function retried(delivery: { headers: Record<string, string>; body: string }, afterSeconds = 3) {
		const timestamp = Number(delivery.headers['X-Chatwoot-Timestamp']) + afterSeconds;
		return { headers: signedHeaders(SECRET, delivery.body, timestamp, delivery.headers['X-Chatwoot-Delivery']), body: delivery.body };
	}

	test('a retry with the same X-Chatwoot-Delivery id gets 200 and starts nothing; the first delivery ran once', async () => {
		const trigger = accountTrigger();
		const first = signed(messageCreated({ id: 7007 }), { timestamp: now() - 10 });
		const firstCall = await trigger.deliver(first);
		expect(firstCall.items).toHaveLength(1);
		expect(firstCall.items?.[0].json.deliveryId).toBe(first.headers['X-Chatwoot-Delivery']);

		for (const retry of [retried(first), retried(first, 6)]) {
			expect(retry.headers['X-Chatwoot-Signature']).not.toBe(first.headers['X-Chatwoot-Signature']);
			expect(await trigger.deliver(retry)).toMatchObject({
				status: 200,
				items: undefined,
				responseBody: { message: 'Duplicate delivery ignored: this X-Chatwoot-Delivery id was already received' },
			});
		}
	});

	test('the same request sent again is still refused as a replay (401), before the delivery id is looked at', async () => {
		const trigger = accountTrigger();
		const delivery = signed(messageCreated({ id: 7008 }));
		expect((await trigger.deliver(delivery)).items).toHaveLength(1);
		expect(await trigger.deliver(delivery)).toMatchObject({ status: 401, responseBody: { message: 'The event was already received' }, items: undefined });
	});

	test('a refused delivery does not use up its id: the genuine one with that id still runs', async () => {
		const trigger = accountTrigger();
		const genuine = signed(messageCreated({ id: 7009 }));
		const forged = { headers: signedHeaders('forged', genuine.body, now(), genuine.headers['X-Chatwoot-Delivery']), body: genuine.body };
		expect((await trigger.deliver(forged)).status).toBe(401);
		expect((await trigger.deliver(genuine)).items).toHaveLength(1);
	});

	test('other delivery ids, and the same id at another trigger, run', async () => {
		const trigger = accountTrigger();
		const first = signed(messageCreated({ id: 7010 }));
		expect((await trigger.deliver(first)).items).toHaveLength(1);
		expect((await trigger.deliver(signed(messageCreated({ id: 7010 })))).items).toHaveLength(1);
		const botTrigger = new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret: SECRET } });
		botTrigger.node.id = 'another-trigger';
		expect((await botTrigger.deliver(retried(first))).items).toHaveLength(1);
	});
});

describe('agent bot or API inbox source', () => {
	const BOT_SECRET = 'bot-secret-77e1';
	const botTrigger = (parameters: Record<string, unknown> = {}) =>
		new TriggerHarness({ nodeType: new ChatWootTrigger(), parameters: { source: 'botOrInbox', secret: BOT_SECRET, ...parameters } });

	test("verifies with the secret entered in the node, which never appears in the answer", async () => {
		expect((await botTrigger().deliver(signed(messageCreated(), { secret: BOT_SECRET }))).items).toHaveLength(1);
		const refused = await botTrigger().deliver(signed(messageCreated()));
		expect(refused.status).toBe(401);
		expect(JSON.stringify(refused)).not.toContain(BOT_SECRET);
	});

	test('the loop guard ignores messages sent by a bot; the event filter limits events', async () => {
		const fromBot = await botTrigger().deliver(signed(messageCreated({ sender: BOT, message_type: 'outgoing' }), { secret: BOT_SECRET }));
		expect(fromBot).toMatchObject({ status: 200, items: undefined, responseBody: { message: 'Event ignored by the own message filter' } });
		const resolved = { event: 'conversation_resolved', ...conversationData() };
		const limited = botTrigger({ botEvents: ['message_created'] });
		expect((await limited.deliver(signed(resolved, { secret: BOT_SECRET }))).items).toBeUndefined();
		expect((await botTrigger().deliver(signed(resolved, { secret: BOT_SECRET }))).items?.[0].json).toMatchObject({ event: 'conversation_resolved', conversationId: 7, contactId: 42, inboxId: 3 });
	});
});

describe('filters', () => {
	async function passes(payload: object, filters: Record<string, unknown>, staticData: Record<string, unknown> = {}) {
		const call = await accountTrigger({ filters }, staticData).deliver(signed(payload));
		expect(call.status).toBe(200);
		return call.items !== undefined;
	}

	test('inboxes: only the listed ones; events without an inbox pass', async () => {
		expect(await passes(messageCreated(), { inboxIds: '3, 8' })).toBe(true);
		expect(await passes(messageCreated({ inbox: { id: 4, name: 'Email' } }), { inboxIds: '3, 8' })).toBe(false);
		expect(await passes({ event: 'conversation_created', ...conversationData({ inbox_id: 8 }) }, { inboxIds: '3,8' })).toBe(true);
		expect(await passes({ event: 'conversation_created', ...conversationData({ inbox_id: 9 }) }, { inboxIds: '3,8' })).toBe(false);
		expect(await passes({ event: 'contact_created', id: 42, name: 'Alice', account: { id: 1 } }, { inboxIds: '3' })).toBe(true);
	});

	test.each(['incoming', 'outgoing', 'template', 'activity'])('message type %s', async (type) => {
		const other = type === 'incoming' ? 'outgoing' : 'incoming';
		expect(await passes(messageCreated({ message_type: type, sender: { id: 77, type: 'user' } }), { messageTypes: [type] })).toBe(true);
		expect(await passes(messageCreated({ message_type: other, sender: { id: 77, type: 'user' } }), { messageTypes: [type] })).toBe(false);
	});

	test('private notes: include, exclude, only', async () => {
		const note = messageCreated({ private: true, message_type: 'outgoing', sender: { id: 77, type: 'user' } });
		const reply = messageCreated();
		expect([await passes(note, {}), await passes(reply, {})]).toEqual([true, true]);
		expect([await passes(note, { privateNotes: 'exclude' }), await passes(reply, { privateNotes: 'exclude' })]).toEqual([false, true]);
		expect([await passes(note, { privateNotes: 'only' }), await passes(reply, { privateNotes: 'only' })]).toEqual([true, false]);
	});

	test('sender types: contact, agent, bot', async () => {
		const otherAgent = { ...AGENT, id: 77 };
		const bySender = async (senderTypes: string[]) =>
			await Promise.all([messageCreated(), messageCreated({ sender: otherAgent }), messageCreated({ sender: BOT })].map(async (payload) => await passes(payload, { senderTypes })));
		expect(await bySender(['contact'])).toEqual([true, false, false]);
		expect(await bySender(['user'])).toEqual([false, true, false]);
		expect(await bySender(['agent_bot', 'contact'])).toEqual([true, false, true]);
	});

	test("the loop guard ignores the credential's own user's messages by default, others' pass", async () => {
		const ownReply = messageCreated({ message_type: 'outgoing', sender: AGENT });
		const call = await accountTrigger().deliver(signed(ownReply));
		expect(call).toMatchObject({ status: 200, items: undefined, responseBody: { message: 'Event ignored by the own message filter' } });
		expect(await passes(messageCreated({ message_type: 'outgoing', sender: { ...AGENT, id: 77 } }), {})).toBe(true);
		expect(await passes(ownReply, { ignoreOwnMessages: false })).toBe(true);
	});

	test('messages sent from a phone app (external_echo) pass by default and are ignored when asked', async () => {
		// A WhatsApp coexistence echo: outgoing, no sender, the platform's message id as source_id.
		const echo = messageCreated({ message_type: 'outgoing', sender: null, source_id: 'wamid.HBgMNDkxNTEyMzQ1Njc4FQIAERgSQzY', content_attributes: { external_echo: true } });
		expect(await passes(echo, {})).toBe(true);
		const call = await accountTrigger({ filters: { ignoreNativeAppEchoes: true } }).deliver(signed(echo));
		expect(call).toMatchObject({ status: 200, items: undefined, responseBody: { message: 'Event ignored by the native app echo filter' } });
		// An agent's reply sent from ChatWoot to WhatsApp is no echo, and still passes.
		const fromChatWoot = messageCreated({ message_type: 'outgoing', sender: { ...AGENT, id: 77 }, source_id: 'wamid.HBgMNDkxNTEyMzQ1Njc4FQIAERgSRjA' });
		expect(await passes(fromChatWoot, { ignoreNativeAppEchoes: true })).toBe(true);
	});

	test('an event the workflow did not subscribe to is ignored', async () => {
		expect(await passes({ event: 'conversation_typing_on', conversation: conversationData(), user: AGENT }, {})).toBe(false);
	});
});
