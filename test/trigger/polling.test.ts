import nock from 'nock';

import { BASE_URL } from '../harness/executeNode';
import { TriggerHarness } from '../harness/executeTrigger';
import { ChatWootPollingTrigger } from '../../nodes/ChatWootPollingTrigger/ChatWootPollingTrigger.node';

/**
 * A ChatWoot account held in memory and served through nock with ChatWoot's paging
 * (API-NOTES §4), so bursts, inserts while paging and restarts can be played against the
 * trigger; every request it receives is recorded for exact assertions.
 */
interface Row {
	id: number;
	created_at: number;
	updated_at: number;
	[key: string]: unknown;
}

let contacts: Row[];
let conversations: Row[];
let messages: Array<Row & { conversation_id: number }>;
let requests: string[];
/** Runs before a list answers, to add rows while the trigger is paging. */
let beforeAnswer: (() => void) | undefined;

const ACCOUNT = '/api/v1/accounts/1';
const nowSeconds = () => Date.now() / 1000;

function addConversation(overrides: Partial<Row> = {}): Row {
	const row = { id: conversations.length + 1, created_at: Math.floor(nowSeconds()), updated_at: nowSeconds(), messages: [], ...overrides };
	conversations.push(row);
	return row;
}

function addContact(): Row {
	const row = { id: contacts.length + 1, created_at: Math.floor(nowSeconds()), updated_at: nowSeconds(), email: `c${contacts.length + 1}@example.com` };
	contacts.push(row);
	return row;
}

let nextMessageId: number;
function addMessage(conversationId: number): Row {
	const row = { id: nextMessageId++, conversation_id: conversationId, created_at: Math.floor(nowSeconds()), updated_at: nowSeconds(), content: 'hi' };
	messages.push(row);
	const conversation = conversations.find((candidate) => candidate.id === conversationId)!;
	conversation.updated_at = nowSeconds();
	return row;
}

function page<T>(rows: T[], number: number, size: number): T[] {
	return rows.slice((number - 1) * size, number * size);
}

function serveChatWoot() {
	nock(BASE_URL)
		.persist()
		.get(/.*/)
		.query(true)
		.reply((uri) => {
			const url = new URL(uri, BASE_URL);
			requests.push(`${url.pathname}${url.search}`);
			beforeAnswer?.();
			const query = Object.fromEntries(url.searchParams);
			if (url.pathname === `${ACCOUNT}/contacts`) {
				const sorted = [...contacts].sort((a, b) => b.created_at - a.created_at || b.id - a.id);
				return [200, { meta: { count: contacts.length, current_page: Number(query.page) }, payload: page(sorted, Number(query.page), 15) }];
			}
			if (url.pathname === `${ACCOUNT}/conversations`) {
				if (query.updated_within) {
					const since = nowSeconds() - Number(query.updated_within);
					return [200, { data: { meta: {}, payload: conversations.filter((row) => row.updated_at >= since) } }];
				}
				const byCreation = query.sort_by === 'created_at_desc';
				const sorted = [...conversations].sort((a, b) => (byCreation ? b.id - a.id : b.updated_at - a.updated_at));
				return [200, { data: { meta: {}, payload: page(sorted, Number(query.page), 25) } }];
			}
			const messagesOf = /\/conversations\/(\d+)\/messages$/.exec(url.pathname);
			if (messagesOf) {
				const all = messages.filter((row) => row.conversation_id === Number(messagesOf[1]));
				const after = query.after === undefined ? undefined : Number(query.after);
				const payload = after === undefined ? all.slice(-20) : all.filter((row) => row.id > after).slice(0, 100);
				return [200, { meta: {}, payload }];
			}
			return [404, { error: 'Resource could not be found' }];
		});
}

function trigger(event: string, options: Record<string, boolean> = {}) {
	return new TriggerHarness({ nodeType: new ChatWootPollingTrigger(), parameters: { accountId: 1, event, options } });
}

const ids = (items: Array<{ json: Record<string, unknown> }>) => items.map((item) => item.json.id);

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.restore());
beforeEach(() => {
	contacts = [];
	conversations = [];
	messages = [];
	nextMessageId = 500;
	requests = [];
	beforeAnswer = undefined;
	serveChatWoot();
});
afterEach(() => nock.cleanAll());

describe('new conversations', () => {
	test('the first poll emits nothing old and notes where to start; the next emits only what is new', async () => {
		for (let i = 0; i < 3; i++) addConversation();
		const poller = trigger('newConversation');

		expect(await poller.poll()).toEqual([]);
		expect(requests).toEqual([`${ACCOUNT}/conversations?status=all&page=1&sort_by=created_at_desc`]);
		expect(poller.staticData).toEqual({ cursor: { lastId: 3 } });

		addConversation();
		addConversation();
		expect(ids(await poller.poll())).toEqual([4, 5]);
		expect(ids(await poller.poll())).toEqual([]);
	});

	test('a burst larger than a page is emitted whole, in order, once', async () => {
		for (let i = 0; i < 10; i++) addConversation();
		const poller = trigger('newConversation');
		await poller.poll();
		for (let i = 0; i < 60; i++) addConversation();
		requests = [];

		expect(ids(await poller.poll())).toEqual(Array.from({ length: 60 }, (_, i) => 11 + i));
		expect(requests).toEqual([1, 2, 3].map((n) => `${ACCOUNT}/conversations?status=all&page=${n}&sort_by=created_at_desc`));
		expect(poller.staticData).toEqual({ cursor: { lastId: 70 } });
	});

	test('conversations created while paging are neither skipped nor emitted twice', async () => {
		for (let i = 0; i < 5; i++) addConversation();
		const poller = trigger('newConversation');
		await poller.poll();
		for (let i = 0; i < 40; i++) addConversation();
		// One more arrives before each page is answered: older rows shift onto the next page.
		beforeAnswer = () => addConversation();

		const first = ids(await poller.poll());
		beforeAnswer = undefined;
		const second = ids(await poller.poll());

		const emitted = [...first, ...second];
		expect(new Set(emitted).size).toBe(emitted.length);
		expect([...emitted].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: conversations.length - 5 }, (_, i) => 6 + i));
	});

	test('after a restart the saved cursor is used: nothing again, nothing missed', async () => {
		addConversation();
		const poller = trigger('newConversation');
		await poller.poll();
		addConversation();
		expect(ids(await poller.poll())).toEqual([2]);

		addConversation();
		const restarted = poller.restarted();
		expect(ids(await restarted.poll())).toEqual([3]);
		expect(ids(await restarted.poll())).toEqual([]);
	});

	test('a manual run shows the newest examples and leaves the cursor alone', async () => {
		for (let i = 0; i < 8; i++) addConversation();
		const poller = trigger('newConversation');
		expect(ids(await poller.poll('manual'))).toEqual([8, 7, 6, 5, 4]);
		expect(poller.staticData).toEqual({});
	});

	test('Emit Recent on First Poll emits the newest page on activation, oldest first', async () => {
		for (let i = 0; i < 3; i++) addConversation();
		expect(ids(await trigger('newConversation', { emitRecentOnFirstPoll: true }).poll())).toEqual([1, 2, 3]);
	});
});

describe('new contacts', () => {
	test('pages of 15 newest first, a burst over a page emitted once in order', async () => {
		for (let i = 0; i < 4; i++) addContact();
		const poller = trigger('newContact');
		expect(await poller.poll()).toEqual([]);
		for (let i = 0; i < 20; i++) addContact();
		requests = [];

		expect(ids(await poller.poll())).toEqual(Array.from({ length: 20 }, (_, i) => 5 + i));
		expect(requests).toEqual([`${ACCOUNT}/contacts?sort=-created_at&page=1`, `${ACCOUNT}/contacts?sort=-created_at&page=2`]);
		expect(ids(await poller.poll())).toEqual([]);
	});
});

describe('updated conversations', () => {
	test('each change is emitted once, across polls and a restart, with updated_within covering the gap', async () => {
		const [one, two] = [addConversation({ updated_at: nowSeconds() - 50 }), addConversation({ updated_at: nowSeconds() - 40 })];
		const poller = trigger('updatedConversation');
		expect(await poller.poll()).toEqual([]);
		expect(requests).toEqual([`${ACCOUNT}/conversations?status=all&page=1`]);

		one.updated_at = nowSeconds();
		requests = [];
		expect(ids(await poller.poll())).toEqual([1]);
		expect(requests[0]).toMatch(new RegExp(`^${ACCOUNT}/conversations\\?status=all&updated_within=\\d+$`));
		expect(ids(await poller.poll())).toEqual([]);

		two.updated_at = one.updated_at;
		const restarted = poller.restarted();
		// Same updated_at as the last emitted one, but another conversation: still new.
		expect(ids(await restarted.poll())).toEqual([2]);
		addConversation();
		one.updated_at = nowSeconds() + 1;
		expect(ids(await restarted.poll())).toEqual([3, 1]);
		expect(ids(await restarted.poll())).toEqual([]);
	});
});

describe('new messages', () => {
	test('messages after the newest seen, from every conversation with activity, over 100 in one poll', async () => {
		const first = addConversation();
		const second = addConversation();
		addMessage(first.id);
		const poller = trigger('newMessage');
		expect(await poller.poll()).toEqual([]);
		expect(poller.staticData).toMatchObject({ cursor: { lastMessageId: 500 } });

		const burst = Array.from({ length: 130 }, (_, i) => addMessage(i % 2 ? first.id : second.id).id);
		requests = [];
		expect(ids(await poller.poll())).toEqual(burst);
		expect(requests.filter((request) => request.includes('/messages'))).toEqual([
			`${ACCOUNT}/conversations/1/messages?after=500`,
			`${ACCOUNT}/conversations/2/messages?after=500`,
		]);

		const late = addMessage(second.id).id;
		expect(ids(await poller.restarted().poll())).toEqual([late]);
	});

	test('pages through more than 100 new messages in one conversation', async () => {
		const conversation = addConversation();
		addMessage(conversation.id);
		const poller = trigger('newMessage');
		await poller.poll();
		const burst = Array.from({ length: 150 }, () => addMessage(conversation.id).id);
		requests = [];
		expect(ids(await poller.poll())).toEqual(burst);
		expect(requests.filter((request) => request.includes('/messages'))).toEqual([
			`${ACCOUNT}/conversations/1/messages?after=500`,
			`${ACCOUNT}/conversations/1/messages?after=600`,
		]);
	});
});
