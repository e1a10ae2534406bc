import { sleep } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { asNodeError } from './errors';
import { pairedWithItem, readRecords, recordsReader } from './output';
import type { RecordsPath, RecordsReader } from './output';
import { chatWootRequest } from './request';

/**
 * How one listing endpoint pages (API-NOTES §4). Pages are asked for with query parameters;
 * `next` reads a page and says which query asks for the following one, or that there is none.
 */
export interface PageStrategy {
	/**
	 * Where the records are in a page's body: `payload`, `data.payload`, '' for a bare array, or
	 * every place a ChatWoot version has put them (output.ts `RecordsPath`).
	 */
	records: RecordsPath;
	/** Query parameters of the first page. */
	first: IDataObject;
	/**
	 * The query of the page after `page`, or undefined when `page` was the last. `query` is the
	 * paging part of the query, `sent` the whole query the page was asked with (filters too).
	 */
	next: (page: { body: IDataObject; records: IDataObject[]; query: IDataObject; sent: IDataObject }) => IDataObject | undefined;
	/**
	 * For numbered pages whose first page tells how many records match: how many pages there
	 * are. The pager then asks for the other pages a few at a time instead of one by one.
	 */
	pageCount?: (firstPage: IDataObject) => number | undefined;
}

/**
 * Numbered pages (`page=1,2…`): a page shorter than `size` is the last, unless `more` tells from
 * the body; `total`, when the body counts every match (`meta.count`), lets the pager ask for
 * the other pages side by side.
 */
export function numberedPages(
	records: RecordsPath,
	size: number,
	more?: (body: IDataObject, sent: IDataObject) => boolean | undefined,
	total?: (body: IDataObject) => number | undefined,
): PageStrategy {
	return {
		records,
		first: { page: 1 },
		...(total ? { pageCount: (body: IDataObject) => { const count = total(body); return count === undefined ? undefined : Math.ceil(count / size); } } : {}),
		next: ({ body, records: found, query, sent }) => {
			const declared = more?.(body, sent);
			const hasMore = declared ?? found.length >= size;
			return hasMore && found.length > 0 ? { ...query, page: Number(query.page) + 1 } : undefined;
		},
	};
}

/** `numberedPages`' `total` for listings that count every match in `meta.<key>` (`total_count`, `count`). */
export const countInMeta =
	(key: string) =>
	(body: IDataObject): number | undefined => {
		const count = (body.meta as IDataObject | undefined)?.[key];
		return count === undefined || count === null ? undefined : Number(count);
	};

/** A list ChatWoot returns whole: one request; Limit only trims it. */
export function wholeList(records: RecordsPath): PageStrategy {
	return { records, first: {}, next: () => undefined };
}

/** Retrying a page: GETs only, so nothing is ever created twice. Tests shorten `delay`. */
export const pageRetry = {
	attempts: 4,
	/**
	 * ChatWoot's rate limiter answers 429 with `Retry later` and no Retry-After; its window
	 * is the clock minute, so wait for the next one. A 5xx gets a short, growing pause.
	 */
	delay(status: number, attempt: number): number {
		if (status === 429) return 60_000 - (Date.now() % 60_000) + 500;
		return 1000 * 2 ** (attempt - 1);
	},
};

const RETRIED = (status: number) => status === 429 || status >= 500;

function statusOf(error: unknown): number | undefined {
	const code = (error as { httpCode?: string }).httpCode;
	return code && /^\d+$/.test(code) ? Number(code) : undefined;
}

async function fetchPage(context: IExecutePaginationFunctions, options: IHttpRequestOptions, query: IDataObject) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await chatWootRequest.call(context, { ...options, qs: { ...options.qs, ...query } });
		} catch (error) {
			const status = statusOf(error);
			if (options.method !== 'GET' || !status || !RETRIED(status) || attempt >= pageRetry.attempts) {
				throw asNodeError(context.getNode(), error);
			}
			await sleep(pageRetry.delay(status, attempt));
		}
	}
}

/** How many pages are asked for at once when their numbers are known. */
const PAGES_AT_ONCE = 4;

/** Pages `from`..`to` of a numbered listing, `PAGES_AT_ONCE` in flight, in page order. */
async function fetchPages(
	context: IExecutePaginationFunctions,
	options: IHttpRequestOptions,
	query: IDataObject,
	from: number,
	to: number,
): Promise<IDataObject[]> {
	const bodies: IDataObject[] = [];
	for (let start = from; start <= to; start += PAGES_AT_ONCE) {
		const numbers = Array.from({ length: Math.min(PAGES_AT_ONCE, to - start + 1) }, (_, offset) => start + offset);
		bodies.push(...((await Promise.all(numbers.map(async (page) => await fetchPage(context, options, { ...query, page })))) as IDataObject[]));
	}
	return bodies;
}

/**
 * The one paging loop of the node, configured per endpoint by a PageStrategy: with Return All
 * off it stops as soon as Limit records are in, so it never asks for a page it does not need.
 * A page whose records are at none of the declared places fails the item (readRecords) rather
 * than end the listing as if it were empty.
 */
export function pager(strategy: PageStrategy) {
	const reader: RecordsReader = recordsReader(strategy.records, { list: true });
	async function paginate(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const options = requestData.options as IHttpRequestOptions;
		const found: IDataObject[] = [];
		// A record that moves between pages while they are read (a new contact sorts in first) is kept once.
		const seen = new Set<unknown>();
		const keep = (records: IDataObject[]) => {
			for (const record of records) {
				if (record.id !== undefined && seen.has(record.id)) continue;
				if (record.id !== undefined) seen.add(record.id);
				found.push(record);
			}
		};
		let query: IDataObject | undefined = strategy.first;
		while (query && found.length < limit) {
			const body = (await fetchPage(this, options, query)) as IDataObject;
			const records = readRecords(this, reader, body);
			keep(records);
			const pages = query.page === 1 ? strategy.pageCount?.(body) : undefined;
			if (pages !== undefined && records.length) {
				// Every page's number is known: only those Limit needs, a few at a time, kept in order.
				const needed = Math.min(pages, Math.ceil(limit / records.length));
				for (const page of await fetchPages(this, options, query, 2, needed)) keep(readRecords(this, reader, page));
				break;
			}
			query = strategy.next({ body, records, query, sent: { ...options.qs, ...query } });
		}
		return pairedWithItem(this, found.slice(0, limit).map((json) => ({ json })));
	}
	return Object.assign(paginate, { records: reader });
}

/**
 * ChatWoot's message cursor (message_finder.rb `messages_after`): `after=<message id>` returns up
 * to `size` (100) messages with a greater id, oldest first. Starting after 0 and moving the
 * cursor to the greatest id read walks a whole conversation oldest first, each message once;
 * a page shorter than `size` is the last.
 */
export function messageCursor(records: RecordsPath, size: number): PageStrategy {
	return {
		records,
		first: { after: 0 },
		next: ({ records: found }) =>
			found.length < size ? undefined : { after: Math.max(...found.map((record) => Number(record.id))) },
	};
}

/**
 * A cursor that only goes back in time (the Client API's messages, `before=<message id>`):
 * the first page holds the latest `size` records, each next page the ones before the oldest
 * record read so far; a page shorter than `size` is the last.
 */
export function olderPages(records: RecordsPath, size: number): PageStrategy {
	return {
		records,
		first: {},
		next: ({ records: found }) =>
			found.length < size ? undefined : { before: Math.min(...found.map((record) => Number(record.id))) },
	};
}
