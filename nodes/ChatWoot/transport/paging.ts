import { sleep } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { credentialTypeOf } from './access';
import { perExecution } from './perExecution';
import { asNodeError, retryAfterMs } from './errors';
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

/** The longest Retry-After a page waits for; a server asking for more fails the item instead of stalling the workflow. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Retrying a page: GETs only, so nothing is ever created twice. Tests shorten `delay`. */
export const pageRetry = {
	attempts: 4,
	/**
	 * The server's Retry-After when it sends one (rack-attack configured to, or a proxy's 503).
	 * ChatWoot's rate limiter by default answers 429 with `Retry later` and no Retry-After; its
	 * window is the clock minute, so wait for the next one. A 5xx gets a short, growing pause.
	 */
	delay(status: number, attempt: number, retryAfter?: number): number {
		if (retryAfter !== undefined) return retryAfter;
		if (status === 429) return 60_000 - (Date.now() % 60_000) + 500;
		return 1000 * 2 ** (attempt - 1);
	},
};

/**
 * ChatWoot's rate limits (rack-attack, config/initializers/rack_attack.rb): 3,000 requests a
 * minute per IP (`req/ip`) and 100 contact searches a minute per account
 * (`/api/v1/accounts/:account_id/contacts/search`). Answers over them are 429s whose wait is the
 * rest of the clock minute, so the pager keeps under them and waits instead. Tests shorten
 * `windowMs` and the budgets.
 */
export const rateLimits = {
	/**
	 * Pages asked for at once when their numbers are known, and the most requests one execution
	 * has in flight to one ChatWoot: 6 hides a 50 ms page behind n8n's own ≈2.5 ms per request.
	 */
	inFlight: 6,
	/** Requests started within any `windowMs` (a rolling window keeps every clock minute under it too). */
	requestsPerWindow: 3000,
	contactSearchesPerWindow: 100,
	windowMs: 60_000,
};

/** Rack-attack's pattern for the contact search throttle, on the path template or a resolved path. */
const CONTACT_SEARCH = /^\/api\/v1\/accounts\/[^/]+\/contacts\/search/;

/**
 * A request budget shared by the pages of one execution: at most `inFlight()` running and
 * `perWindow()` started within any `rateLimits.windowMs`; a request over either waits for a slot.
 */
class RequestBudget {
	private running = 0;
	private readonly started: number[] = [];
	private readonly waiting: Array<() => void> = [];

	constructor(
		private readonly inFlight: () => number,
		private readonly perWindow: () => number,
	) {}

	async run<T>(work: () => Promise<T>): Promise<T> {
		await this.take();
		try {
			return await work();
		} finally {
			this.running--;
			this.waiting.shift()?.();
		}
	}

	private async take(): Promise<void> {
		for (;;) {
			const now = Date.now();
			while (this.started.length && now - this.started[0] >= rateLimits.windowMs) this.started.shift();
			if (this.running < this.inFlight() && this.started.length < this.perWindow()) {
				this.running++;
				this.started.push(now);
				return;
			}
			if (this.running >= this.inFlight()) await new Promise<void>((resolve) => this.waiting.push(resolve));
			else await sleep(this.started[0] + rateLimits.windowMs - now);
		}
	}
}

/** The budgets of an execution's ChatWoot, and of its accounts' contact searches (perExecution). */
const budgetOnce = perExecution<RequestBudget>();

/**
 * The budgets a page request draws on: the execution's for its ChatWoot (every item and node of
 * the execution with the same credential shares it), and for a contact search its account's.
 */
function budgetsFor(context: IExecutePaginationFunctions, options: IHttpRequestOptions): RequestBudget[] {
	const credentialType = credentialTypeOf(context);
	const server = String(options.baseURL ?? '');
	const every = budgetOnce(context, credentialType, [server], () => new RequestBudget(() => rateLimits.inFlight, () => rateLimits.requestsPerWindow));
	if (!CONTACT_SEARCH.test(options.url ?? '')) return [every];
	const account = String(context.getNodeParameter('accountId', '', { extractValue: true }));
	const searches = budgetOnce(context, credentialType, [server, 'contact search', account], () => new RequestBudget(() => Infinity, () => rateLimits.contactSearchesPerWindow));
	// The search budget first: a search waiting for its minute holds no slot other requests need.
	return [searches, every];
}

async function withinBudgets<T>([first, ...rest]: RequestBudget[], work: () => Promise<T>): Promise<T> {
	return first ? await first.run(async () => await withinBudgets(rest, work)) : await work();
}

const RETRIED = (status: number) => status === 429 || status >= 500;

function statusOf(error: unknown): number | undefined {
	const code = (error as { httpCode?: string }).httpCode;
	return code && /^\d+$/.test(code) ? Number(code) : undefined;
}

async function fetchPage(context: IExecutePaginationFunctions, options: IHttpRequestOptions, query: IDataObject) {
	const drawnOn = budgetsFor(context, options);
	for (let attempt = 1; ; attempt++) {
		try {
			return await withinBudgets(drawnOn, async () => await chatWootRequest.call(context, { ...options, qs: { ...options.qs, ...query } }));
		} catch (error) {
			const status = statusOf(error);
			const retryAfter = retryAfterMs(error);
			const tooLong = retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS;
			if (options.method !== 'GET' || !status || !RETRIED(status) || attempt >= pageRetry.attempts || tooLong) {
				throw asNodeError(context.getNode(), error);
			}
			await sleep(pageRetry.delay(status, attempt, retryAfter));
		}
	}
}

/**
 * Pages `from`..`to` of a numbered listing, `rateLimits.inFlight` asked for at a time: each
 * worker takes the next page number as soon as its page is in. The bodies come back in page
 * order; after a failure no further page is asked for.
 */
async function fetchPages(
	context: IExecutePaginationFunctions,
	options: IHttpRequestOptions,
	query: IDataObject,
	from: number,
	to: number,
): Promise<IDataObject[]> {
	const bodies: IDataObject[] = [];
	let next = from;
	let failed = false;
	const worker = async () => {
		while (!failed && next <= to) {
			const page = next++;
			try {
				bodies[page - from] = (await fetchPage(context, options, { ...query, page })) as IDataObject;
			} catch (error) {
				failed = true;
				throw asNodeError(context.getNode(), error);
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(rateLimits.inFlight, to - from + 1) }, worker));
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
