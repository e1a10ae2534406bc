import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { contact } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';

const contacts = (from: number, count: number) => Array.from({ length: count }, (_, i) => contact({ id: from + i }));
const indexPage = (records: unknown[], page: number, count: number) => ({ meta: { count, current_page: page }, payload: records });
const searchPage = (records: unknown[], page: number, hasMore: boolean) => ({ meta: { count: records.length, current_page: page, has_more: hasMore }, payload: records });

const run = (operation: string, parameters: INodeParameters) =>
	executeNode({ parameters: { resource: 'contact', operation, accountId: '1', ...parameters } });

describe('Contact lists page by 15 until the last page', () => {
	test('Get Many, Return All: 40 contacts in 3 pages, each once, with sort and labels', async () => {
		const pages = [contacts(1, 15), contacts(16, 15), contacts(31, 10)];
		const scopes = pages.map((records, i) => expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(records, i + 1, 40) }, requests.sent));
		const result = await run('getMany', { returnAll: true, options: { sortBy: 'last_activity_at', order: 'desc', labels: ['vip'] } });
		scopes.forEach((scope) => scope.done());
		expect(result.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([1, 2, 3].map((page) => ({ page: String(page), sort: '-last_activity_at', 'labels[]': 'vip' })));
		expect(result.items.map((item) => item.json.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
	});

	test('Get Many stops when meta.count is reached, even on a full page', async () => {
		const pages = [contacts(1, 15), contacts(16, 15)];
		const scopes = pages.map((records, i) => expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(records, i + 1, 30) }, requests.sent));
		const result = await run('getMany', { returnAll: true, options: { sortBy: 'name' } });
		scopes.forEach((scope) => scope.done());
		expect(requests.sent).toHaveLength(2);
		expect(requests.sent[0].query).toEqual({ page: '1', sort: 'name' });
		expect(result.items).toHaveLength(30);
	});

	test('Get Many, Limit 20: two pages, no third asked for', async () => {
		const pages = [contacts(1, 15), contacts(16, 15)];
		const scopes = pages.map((records, i) => expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(records, i + 1, 100) }, requests.sent));
		const result = await run('getMany', { returnAll: false, limit: 20 });
		scopes.forEach((scope) => scope.done());
		expect(requests.sent.map((request) => request.query)).toEqual([{ page: '1' }, { page: '2' }]);
		expect(result.items.map((item) => item.json.id)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
	});

	test('Get Many with nothing to list outputs nothing', async () => {
		const scope = expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage([], 1, 0) }, requests.sent);
		const result = await run('getMany', { returnAll: true });
		scope.done();
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});

	test('Search follows meta.has_more', async () => {
		const first = expectRequest('GET', `${A}/contacts/search`, { status: 200, body: searchPage(contacts(1, 15), 1, true) }, requests.sent);
		const second = expectRequest('GET', `${A}/contacts/search`, { status: 200, body: searchPage(contacts(16, 15), 2, false) }, requests.sent);
		const result = await run('search', { query: 'acme', returnAll: true });
		first.done();
		second.done();
		expect(requests.sent.map((request) => request.query)).toEqual([{ q: 'acme', page: '1' }, { q: 'acme', page: '2' }]);
		expect(result.items).toHaveLength(30);
	});

	test('Filter pages with the same conditions on every page', async () => {
		const pages = [contacts(1, 15), contacts(16, 2)];
		const scopes = pages.map((records, i) => expectRequest('POST', `${A}/contacts/filter`, { status: 200, body: indexPage(records, i + 1, 17) }, requests.sent));
		const result = await run('filter', { returnAll: true, conditions: { condition: [{ attribute: 'name', operator: 'contains', value: 'a' }] } });
		scopes.forEach((scope) => scope.done());
		expect(requests.sent.map((request) => [request.query, request.body])).toEqual(
			[1, 2].map((page) => [{ page: String(page) }, { payload: [{ attribute_key: 'name', filter_operator: 'contains', values: ['a'] }] }]),
		);
		expect(result.items).toHaveLength(17);
	});

	test('Get Online and Get Attachments page too', async () => {
		const online = expectRequest('GET', `${A}/contacts/active`, { status: 200, body: indexPage(contacts(1, 3), 1, 3) }, requests.sent);
		const active = await run('getActive', { returnAll: true });
		online.done();
		expect(active.items).toHaveLength(3);
		const attachments = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, conversation_id: 1 }));
		const a1 = expectRequest('GET', `${A}/contacts/42/attachments`, { status: 200, body: { meta: { total_count: 101 }, payload: attachments } }, requests.sent);
		const a2 = expectRequest('GET', `${A}/contacts/42/attachments`, { status: 200, body: { meta: { total_count: 101 }, payload: [{ id: 101 }] } }, requests.sent);
		const files = await run('getAttachments', { contactId: '42', returnAll: true });
		a1.done();
		a2.done();
		expect(files.items).toHaveLength(101);
	});
});

describe('Add and Remove Labels keep the other labels', () => {
	test.each([
		['addLabels', ['vip', 'new'], ['lead', 'vip'], ['lead', 'vip', 'new']],
		['removeLabels', ['vip', 'absent'], ['lead', 'vip'], ['lead']],
	])('%s', async (operation, chosen, current, sent) => {
		const read = expectRequest('GET', `${A}/contacts/42/labels`, { status: 200, body: { payload: current } }, requests.sent);
		const write = expectRequest('POST', `${A}/contacts/42/labels`, { status: 200, body: { payload: sent } }, requests.sent);
		const result = await run(operation, { contactId: '42', labels: chosen });
		read.done();
		write.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent.map((request) => [request.method, request.body])).toEqual([
			['GET', undefined],
			['POST', { labels: sent }],
		]);
		expect(result.items.map((item) => item.json)).toEqual([{ contact_id: 42, labels: sent }]);
	});

	test('two items labelling one contact take turns, so neither label is lost', async () => {
		let stored: string[] = ['lead'];
		const nock = (await import('nock')).default;
		nock('https://chat.example.com')
			.get(`${A}/contacts/42/labels`)
			.times(2)
			.delay(20)
			.reply(200, () => ({ payload: stored }));
		nock('https://chat.example.com')
			.post(`${A}/contacts/42/labels`)
			.times(2)
			.reply(200, (_uri, body) => {
				stored = (body as { labels: string[] }).labels;
				return { payload: stored };
			});
		const result = await executeNode({
			parameters: { resource: 'contact', operation: 'addLabels', accountId: '1', contactId: '42', labels: '={{ $json.label }}' },
			items: [{ json: { label: 'vip' } }, { json: { label: 'new' } }],
		});
		expect(result.error).toBeUndefined();
		expect(stored).toEqual(['lead', 'vip', 'new']);
	});
});

describe('Records are paired with the input item that listed them', () => {
	test('Get Many over two input items: each item\'s contacts point back at it', async () => {
		const scopes = [contacts(1, 2), contacts(3, 3)].map((records) =>
			expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(records, 1, records.length) }, requests.sent),
		);
		const result = await executeNode({
			parameters: { resource: 'contact', operation: 'getMany', accountId: '1', returnAll: true },
			items: [{ json: { batch: 'a' } }, { json: { batch: 'b' } }],
		});
		scopes.forEach((scope) => scope.done());
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			[2, { item: 0 }],
			[3, { item: 1 }],
			[4, { item: 1 }],
			[5, { item: 1 }],
		]);
	});

	test('Search with one record per input item keeps each record with its own item', async () => {
		const scopes = [contacts(7, 1), contacts(8, 1)].map((records) =>
			expectRequest('GET', `${A}/contacts/search`, { status: 200, body: searchPage(records, 1, false) }, requests.sent),
		);
		const result = await executeNode({
			parameters: { resource: 'contact', operation: 'search', accountId: '1', query: '={{ $json.q }}', returnAll: true },
			items: [{ json: { q: 'x' } }, { json: { q: 'y' } }],
		});
		scopes.forEach((scope) => scope.done());
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[7, { item: 0 }],
			[8, { item: 1 }],
		]);
	});
});
