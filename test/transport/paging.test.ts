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

/**
 * A contacts listing of `total` records at `path`, 15 a page with meta.count (or has_more for
 * the search), each answer held back `delayMs(page)`: records every page request.
 */
function listing(path: string, total: number, { delayMs = () => 0, status = () => 200 }: { delayMs?: (page: number) => number; status?: (page: number) => number } = {}) {
	const seen: PageRequest[] = [];
	let inFlight = 0;
	nock(BASE_URL)
		.persist()
		.get(path)
		.query(true)
		.reply(async function (uri) {
			const url = new URL(uri, BASE_URL);
			const page = Number(url.searchParams.get('page'));
			seen.push({ page, startedAt: Date.now(), inFlight: ++inFlight });
			requests.sent.push(await recordRequest('GET', url, this.req.headers, Buffer.alloc(0)));
			await new Promise((resolve) => setTimeout(resolve, delayMs(page)));
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
 * The most requests that reached the server within any `windowMs`, less 50 ms: a request reaches
 * it a few ms after the pager counted it, and not always equally late.
 */
function mostPerWindow(seen: PageRequest[], windowMs: number): number {
	windowMs -= 50;
	const starts = seen.map((request) => request.startedAt).sort((a, b) => a - b);
	return Math.max(...starts.map((start) => starts.filter((other) => other >= start && other < start + windowMs).length));
}

describe('Return All with the page count known asks for pages side by side', () => {
	const defaults = { ...rateLimits };
	afterEach(() => Object.assign(rateLimits, defaults));

	test('pages answered out of order are output in page order, each record once, paired with the item', async () => {
		// Later pages answer first.
		const seen = listing(`${A}/contacts`, 140, { delayMs: (page) => (12 - page) * 5 });
		const result = await run('getMany', { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(seen.map((request) => request.page).sort((a, b) => a - b)).toEqual(ids(10));
		expect(seen[0].page).toBe(1);
		expect(result.items.map((item) => item.json.id)).toEqual(ids(140));
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === JSON.stringify({ item: 0 }))).toBe(true);
	});

	test('at most rateLimits.inFlight pages in flight (6 by default), shared by the items of an execution', async () => {
		const byDefault = listing(`${A}/contacts`, 20 * PAGE_SIZE, { delayMs: () => 20 });
		expect((await run('getMany', { returnAll: true })).items).toHaveLength(300);
		expect(Math.max(...byDefault.map((request) => request.inFlight))).toBe(defaults.inFlight);
		nock.cleanAll();

		rateLimits.inFlight = 3;
		const twoItems = listing(`${A}/contacts`, 20 * PAGE_SIZE, { delayMs: () => 20 });
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
		const started = Date.now();
		const result = await run('getMany', { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids(135));
		expect(seen).toHaveLength(9);
		expect(mostPerWindow(seen, 300)).toBe(4);
		// Pages 1–4, 5–8, then 9: two full windows waited.
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
	});

	test('contact search: at most rateLimits.contactSearchesPerWindow a window per account, while other listings go on', async () => {
		Object.assign(rateLimits, { windowMs: 300, contactSearchesPerWindow: 2 });
		const searches = listing(`${A}/contacts/search`, 4 * PAGE_SIZE);
		const result = await run('search', { query: 'acme', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids(60));
		expect(searches.map((request) => request.page)).toEqual([1, 2, 3, 4]);
		expect(mostPerWindow(searches, 300)).toBe(2);
		expect(searches[2].startedAt - searches[0].startedAt).toBeGreaterThanOrEqual(250);

		const listed = listing(`${A}/contacts`, 4 * PAGE_SIZE);
		const started = Date.now();
		expect((await run('getMany', { returnAll: true })).items).toHaveLength(60);
		expect(listed).toHaveLength(4);
		expect(Date.now() - started).toBeLessThan(300);
	});

	test('Limit asks only for the pages it needs, side by side too', async () => {
		const seen = listing(`${A}/contacts`, 1000, { delayMs: () => 10 });
		const result = await run('getMany', { returnAll: false, limit: 40 });
		expect(result.error).toBeUndefined();
		expect(seen.map((request) => request.page).sort((a, b) => a - b)).toEqual([1, 2, 3]);
		expect(result.items.map((item) => item.json.id)).toEqual(ids(40));
	});

	test('after a page fails, no further page is asked for', async () => {
		rateLimits.inFlight = 2;
		const seen = listing(`${A}/contacts`, 10 * PAGE_SIZE, { delayMs: (page) => (page === 2 ? 50 : 0), status: (page) => (page === 3 ? 404 : 200) });
		const result = await run('getMany', { returnAll: true });
		expect(result.error?.message).toMatch(/404|could not be found/i);
		expect(seen.map((request) => request.page).sort((a, b) => a - b)).toEqual([1, 2, 3]);
	});
});
