import { TriggerHarness } from '../harness/executeTrigger';
import { signedHeaders } from '../mock-chatwoot/resources/webhooks';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';
import { AGENT, BOT, conversationData, messageCreated } from './payloads';

const SECRET = 'whsec-9c1f-account';
const OWN_USER_ID = AGENT.id;
const ALL_MESSAGE_EVENTS = ['message_created', 'message_updated', 'conversation_created', 'contact_created'];

const now = () => Math.floor(Date.now() / 1000);

function accountTrigger(parameters: Record<string, unknown> = {}, staticData: Record<string, unknown> = {}) {
	return new TriggerHarness({
		nodeType: new ChatWootTrigger(),
		parameters: { source: 'accountWebhook', accountId: 1, events: ALL_MESSAGE_EVENTS, ...parameters },
		staticData: { 'node:ChatWoot Trigger': { webhookId: 12, webhookSecret: SECRET, ownUserId: OWN_USER_ID, ...staticData } },
	});
}

/**
 * The trigger refuses a signature it has already accepted (a replay), so deliveries of the same
 * payload in these tests are told apart the way ChatWoot's are: by their timestamp.
 */
let deliveriesSigned = 0;

function signed(payload: object, { secret = SECRET, timestamp = now() - (deliveriesSigned++ % 240) } = {}) {
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
		['a missing signature while the secret is known', () => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated()) }), 'The event is not signed (no X-Chatwoot-Signature header)'],
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

	test('without a known secret (ChatWoot before 4.12), unsigned events are refused unless allowed', async () => {
		const unsigned = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageCreated()) };
		const noSecret = { webhookSecret: undefined };
		expect(await accountTrigger({}, noSecret).deliver(unsigned)).toMatchObject({
			status: 401,
			responseBody: { message: 'No signing secret is known for this webhook, so the event cannot be verified' },
		});
		expect((await accountTrigger({ options: { allowUnsigned: true } }, noSecret).deliver(unsigned)).status).toBe(200);
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

	test('an event the workflow did not subscribe to is ignored', async () => {
		expect(await passes({ event: 'conversation_typing_on', conversation: conversationData(), user: AGENT }, {})).toBe(false);
	});
});
