import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { accountIdOf, triggerRequest } from '../ChatWootTrigger/transport';
import type { TriggerRequest } from '../ChatWootTrigger/transport';

/**
 * The cursor kept in the workflow's static data. Ids and timestamps come from ChatWoot, so
 * n8n's clock matters only for the width of the `updated_within` window.
 */
export interface PollCursor extends IDataObject {
	/** The newest contact or conversation (display_id) already emitted, or seen at activation. */
	lastId?: number;
	/** Updated conversations: the greatest updated_at emitted, and the ids emitted at exactly that time. */
	updatedSince?: number;
	idsAtUpdatedSince?: number[];
	/** New messages: the greatest (global) message id emitted, and when conversations were last checked. */
	lastMessageId?: number;
	checkedAt?: number;
}

type Row = IDataObject & { id: number };

/** ChatWoot's `updated_within` is relative to its own clock: widen the window so clock skew loses nothing. */
const CLOCK_SKEW_SECONDS = 300;
const MESSAGES_PER_PAGE = 100;

async function get<T>(context: IPollFunctions, path: string, qs: IDataObject): Promise<T> {
	const request: TriggerRequest = { method: 'GET', path: `/api/v1/accounts/${await accountIdOf(context)}${path}`, qs };
	return (await triggerRequest.call(context, request)) as T;
}

async function contactsPage(context: IPollFunctions, page: number): Promise<Row[]> {
	const response = await get<{ payload?: Row[] }>(context, '/contacts', { sort: '-created_at', page });
	return response.payload ?? [];
}

async function conversationsPage(context: IPollFunctions, page: number, sortBy?: string): Promise<Row[]> {
	const qs: IDataObject = { status: 'all', page, ...(sortBy ? { sort_by: sortBy } : {}) };
	const response = await get<{ data?: { payload?: Row[] } }>(context, '/conversations', qs);
	return response.data?.payload ?? [];
}

async function conversationsUpdatedWithin(context: IPollFunctions, seconds: number): Promise<Row[]> {
	// updated_within disables pagination: every match comes in one answer.
	const qs = { status: 'all', updated_within: Math.ceil(seconds) };
	const response = await get<{ data?: { payload?: Row[] } }>(context, '/conversations', qs);
	return response.data?.payload ?? [];
}

/**
 * Everything newer than `lastId` from a list sorted newest first. New rows pushed in at the
 * front while paging only shift older rows onto the next page (seen twice, kept once), so
 * nothing is skipped, however many arrived since the last poll.
 */
async function newerThan(lastId: number, fetchPage: (page: number) => Promise<Row[]>): Promise<Row[]> {
	const found = new Map<number, Row>();
	for (let page = 1; ; page++) {
		const rows = await fetchPage(page);
		for (const row of rows) if (row.id > lastId) found.set(row.id, row);
		if (!rows.length || rows.some((row) => row.id <= lastId)) break;
	}
	return [...found.values()].sort((a, b) => a.id - b.id);
}

function updatedAtOf(conversation: Row): number {
	return Number(conversation.updated_at ?? conversation.timestamp ?? 0);
}

function highestId(rows: Row[]): number {
	return rows.reduce((highest, row) => Math.max(highest, row.id), 0);
}

async function messagesAfter(context: IPollFunctions, conversationId: number, afterId: number): Promise<Row[]> {
	const messages: Row[] = [];
	for (let after = afterId; ; ) {
		const response = await get<{ payload?: Row[] }>(context, `/conversations/${conversationId}/messages`, { after });
		const page = response.payload ?? [];
		messages.push(...page.filter((message) => message.id > after));
		if (page.length < MESSAGES_PER_PAGE) return messages;
		after = highestId(page);
	}
}

export interface Feed {
	/** The newest rows, newest first: examples for manual runs and the starting point at activation. */
	recent(context: IPollFunctions): Promise<Row[]>;
	/** Where the cursor starts at activation, from `recent`'s rows. */
	start(recent: Row[], nowSeconds: number): PollCursor;
	/** Rows after the cursor, oldest first, and the cursor that follows them. */
	next(context: IPollFunctions, cursor: PollCursor, nowSeconds: number): Promise<{ rows: Row[]; cursor: PollCursor }>;
}

function idFeed(fetchPage: (context: IPollFunctions, page: number) => Promise<Row[]>): Feed {
	return {
		recent: async (context) => await fetchPage(context, 1),
		start: (recent) => ({ lastId: highestId(recent) }),
		async next(context, cursor) {
			const rows = await newerThan(cursor.lastId ?? 0, async (page) => await fetchPage(context, page));
			return { rows, cursor: { lastId: Math.max(cursor.lastId ?? 0, highestId(rows)) } };
		},
	};
}

const updatedConversations: Feed = {
	recent: async (context) => await conversationsPage(context, 1),
	start: (recent, nowSeconds) => {
		const since = recent.length ? Math.max(...recent.map(updatedAtOf)) : nowSeconds;
		return { updatedSince: since, idsAtUpdatedSince: recent.filter((row) => updatedAtOf(row) === since).map((row) => row.id) };
	},
	async next(context, cursor, nowSeconds) {
		const since = cursor.updatedSince ?? nowSeconds;
		const seenAtSince = cursor.idsAtUpdatedSince ?? [];
		const candidates = await conversationsUpdatedWithin(context, nowSeconds - since + CLOCK_SKEW_SECONDS);
		const rows = candidates
			.filter((row) => updatedAtOf(row) > since || (updatedAtOf(row) === since && !seenAtSince.includes(row.id)))
			.sort((a, b) => updatedAtOf(a) - updatedAtOf(b) || a.id - b.id);
		if (!rows.length) return { rows, cursor };
		const newest = updatedAtOf(rows[rows.length - 1]);
		const atNewest = rows.filter((row) => updatedAtOf(row) === newest).map((row) => row.id);
		return {
			rows,
			cursor: { updatedSince: newest, idsAtUpdatedSince: newest === since ? [...seenAtSince, ...atNewest] : atNewest },
		};
	},
};

/**
 * ChatWoot has no account-wide message list: conversations with activity since the last check
 * are asked for messages after the newest id emitted (message ids are global and increasing).
 */
const newMessages: Feed = {
	async recent(context) {
		const [latest] = await conversationsPage(context, 1);
		if (!latest) return [];
		const response = await get<{ payload?: Row[] }>(context, `/conversations/${latest.id}/messages`, {});
		return (response.payload ?? []).reverse();
	},
	start: (recent, nowSeconds) => ({ lastMessageId: highestId(recent), checkedAt: nowSeconds }),
	async next(context, cursor, nowSeconds) {
		const lastMessageId = cursor.lastMessageId ?? 0;
		const active = await conversationsUpdatedWithin(context, nowSeconds - (cursor.checkedAt ?? nowSeconds) + CLOCK_SKEW_SECONDS);
		const rows: Row[] = [];
		for (const conversation of active) rows.push(...(await messagesAfter(context, conversation.id, lastMessageId)));
		rows.sort((a, b) => a.id - b.id);
		return { rows, cursor: { lastMessageId: Math.max(lastMessageId, highestId(rows)), checkedAt: nowSeconds } };
	},
};

export const FEEDS: Record<string, Feed> = {
	newContact: idFeed(contactsPage),
	newConversation: idFeed(async (context, page) => await conversationsPage(context, page, 'created_at_desc')),
	updatedConversation: updatedConversations,
	newMessage: newMessages,
};
