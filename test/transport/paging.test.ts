import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { rateLimits } from '../../nodes/ChatWoot/transport/paging';
import { BASE_URL, executeNode } from '../harness/executeNode';
import { contact } from '../support/fixtures';
import { recordChatWootRequests } from '../support/nockChatWoot';
import { recordRequest } from '../support/recordRequest';

const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';
const PAGE_SIZE = 15;

interface PageRequest {
	page: number;
	startedAt: number;
	/** Requests in flight at the server when this one arrived, itself included. */
	inFlight: number;
}

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

interface ListingOptions {
	/** What the answer to `page` waits for. */
	hold?: (page: number) => Promise<unknown> | undefined;
	status?: (page: number) => number;
	/**
	 * Holds the answers to pages after the first until `size` of them are at the server, or every
	 * page of the `listings` runs has been asked for: the most the pager has in flight then shows
	 * however slowly this machine lets it send them.
	 */
	fullBatch?: { size: number; listings: number };
}

/**
 * A contacts listing of `total` records at `path`, 15 a page with meta.count (or has_more for
 * the search): records every page request.
 */
function listing(path: string, total: number, { hold = () => undefined, status = () => 200, fullBatch }: ListingOptions = {}) {
	const seen: PageRequest[] = [];
	let inFlight = 0;
	const held: Array<() => void> = [];
	let unasked = fullBatch ? (Math.ceil(total / PAGE_SIZE) - 1) * fullBatch.listings : 0;
	/** Released a little after the batch is full, so that a request over the limit would still arrive while they are held. */
	const inBatch = async () =>
		await new Promise<void>((release) => {
			unasked--;
			held.push(release);
			if (held.length >= Math.min(fullBatch!.size, held.length + unasked)) setTimeout(() => held.splice(0).forEach((next) => next()), 10);
		});
	nock(BASE_URL)
		.persist()
		.get(path)
		.query(true)
		.reply(async function (uri) {
			const url = new URL(uri, BASE_URL);
			const page = Number(url.searchParams.get('page'));
			seen.push({ page, startedAt: Date.now(), inFlight: ++inFlight });
			requests.sent.push(await recordRequest('GET', url, this.req.headers, Buffer.alloc(0)));
			await hold(page);
			if (fullBatch && page > 1) await inBatch();
			inFlight--;
			const first = (page - 1) * PAGE_SIZE + 1;
			const payload = Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, total - first + 1)) }, (_, i) => contact({ id: first + i }));
			if (status(page) !== 200) return [status(page), { error: 'Resource could not be found' }];
			return [200, { meta: { count: total, current_page: page, has_more: first + PAGE_SIZE <= total }, payload }];
		});
	return seen;
}

const run = (operation: string, parameters: INodeParameters, items = 1) =>
	executeNode({ parameters: { resource: 'contact', operation, accountId: '1', ...parameters }, items: Array.from({ length: items }, (_, i) => ({ json: { i } })) });

const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * The pages that reached the server sooner than a budget of `perWindow` requests a window allows.
 * The pager lets at most `perWindow` go within any rateLimits.windowMs and each reaches the server
 * after it was let go, so the n-th to arrive (from 0) came at least windowMs × ⌊n / perWindow⌋
 * after the run started, however late this machine ran them.
 */
function tooEarly(seen: PageRequest[], runStarted: number, perWindow: number): number[] {
	return [...seen]
		.sort((a, b) => a.startedAt - b.startedAt)
		.filter((request, n) => request.startedAt - runStarted < rateLimits.windowMs * Math.floor(n / perWindow))
		.map((request) => request.page);
}

describe('Return All with the page count known asks for pages side by side', () => {
	const defaults = { ...rateLimits };
	afterEach(() => Object.assign(rateLimits, defaults));

	test('pages answered out of order are output in page order, each record once, paired with the item', async () => {
		// Later pages answer first.
		const seen = listing(`${A}/contacts`, 140, { hold: async (page) => await sleep((12 - page) * 5) });
		const result = await run('getMany', { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(seen.map((request) => request.page).sort((a, b) => a - b)).toEqual(ids(10));
		expect(seen[0].page).toBe(1);
		expect(result.items.map((item) => item.json.id)).toEqual(ids(140));
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === JSON.stringify({ item: 0 }))).toBe(true);
	});

	test('at most rateLimits.inFlight pages in flight (6 by default), shared by the items of an execution', async () => {
		const byDefault = listing(`${A}/contacts`, 20 * PAGE_SIZE, { fullBatch: { size: defaults.inFlight, listings: 1 } });
		expect((await run('getMany', { returnAll: true })).items).toHaveLength(300);
		expect(Math.max(...byDefault.map((request) => request.inFlight))).toBe(defaults.inFlight);
		nock.cleanAll();

		rateLimits.inFlight = 3;
		const twoItems = listing(`${A}/contacts`, 20 * PAGE_SIZE, { fullBatch: { size: 3, listings: 2 } });
		const result = await run('getMany', { returnAll: true }, 2);
		expect(result.error).toBeUndefined();
		expect(twoItems).toHaveLength(40);
		expect(Math.max(...twoItems.map((request) => request.inFlight))).toBe(3);
		expect(result.items.map((item) => item.json.id)).toEqual([...ids(300), ...ids(300)]);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([...Array(300).fill(0), ...Array(300).fill(1)]);
	});

	test('the rolling request budget: over it, pages wait for the window instead of being sent', async () => {
		Object.assign(rateLimits, { windowMs: 300, requestsPerWindow: 4 });
		const seen = listing(`${A}/contacts`, 9 * PAGE_SIZE);
		const runStarted = Date.now();
		const result = await run('getMany', { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids(135));
		expect(seen).toHaveLength(9);
		// Pages 1–4, 5–8, then 9: two full windows waited.
		expect(tooEarly(seen, runStarted, 4)).toEqual([]);
	});

	test('contact search: at most rateLimits.contactSearchesPerWindow a window per account, while other listings go on', async () => {
		Object.assign(rateLimits, { windowMs: 300, contactSearchesPerWindow: 2 });
		const searches = listing(`${A}/contacts/search`, 4 * PAGE_SIZE);
		const runStarted = Date.now();
		const result = await run('search', { query: 'acme', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids(60));
		expect(searches.map((request) => request.page)).toEqual([1, 2, 3, 4]);
		expect(tooEarly(searches, runStarted, 2)).toEqual([]);

		// A listing drawing on the search budget would wait a minute for its third page, past the test's timeout.
		rateLimits.windowMs = 60_000;
		const listed = listing(`${A}/contacts`, 4 * PAGE_SIZE);
		expect((await run('getMany', { returnAll: true })).items).toHaveLength(60);
		expect(listed).toHaveLength(4);
	});

	test('Limit asks only for the pages it needs, side by side too', async () => {
		const seen = listing(`${A}/contacts`, 1000, { hold: async () => await sleep(10) });
		const result = await run('getMany', { returnAll: false, limit: 40 });
		expect(result.error).toBeUndefined();
		expect(seen.map((request) => request.page).sort((a, b) => a - b)).toEqual([1, 2, 3]);
		expect(result.items.map((item) => item.json.id)).toEqual(ids(40));
	});

	test('after a page fails, no further page is asked for', async () => {
		rateLimits.inFlight = 2;
		let runEnded = () => {};
		// Page 2 is answered once the run has failed on page 3 (or after 5 s, should the run wait for it): its worker must stop there.
		const ended = new Promise<void>((resolve) => {
			const fallback = setTimeout(resolve, 5000);
			runEnded = () => {
				clearTimeout(fallback);
				resolve();
			};
		});
		const seen = listing(`${A}/contacts`, 10 * PAGE_SIZE, {
			hold: (page) => (page === 2 ? ended : undefined),
			status: (page) => (page === 3 ? 404 : 200),
		});
		const result = await run('getMany', { returnAll: true });
		runEnded();
		expect(result.error?.message).toMatch(/404|could not be found/i);
		// Time for page 2's worker to ask for page 4, were it to.
		await sleep(50);
		expect(seen.map((request) => request.page).sort((a, b) => a - b)).toEqual([1, 2, 3]);
	});
});
