import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

const requests = recordChatWootRequests();

const ARTICLES = '/api/v1/accounts/1/portals/handbook/articles';
const article = (id: number) => ({ id, title: `Article ${id}`, status: 'published', content: '# Hi' });

interface Case {
	operation: string;
	parameters?: INodeParameters;
	method: string;
	path: string;
	body?: IDataObject;
	response?: unknown;
	items: IDataObject[];
}

const cases: Array<[string, Case]> = [
	[
		'Create, published, with the author from the list and meta tags as a list',
		{
			operation: 'create',
			parameters: {
				title: 'Refunds',
				content: '## How to\nAsk us.',
				authorId: { __rl: true, mode: 'list', value: '7' },
				articleAdditionalFields: { status: 1, categoryId: 4, locale: 'en', description: 'Money back', slug: 'refunds', position: 2, metaTags: 'billing, refund', metaTitle: 'Refunds' },
			},
			method: 'POST',
			path: ARTICLES,
			body: {
				title: 'Refunds',
				content: '## How to\nAsk us.',
				author_id: 7,
				status: 1,
				category_id: 4,
				locale: 'en',
				description: 'Money back',
				slug: 'refunds',
				position: 2,
				meta: { tags: ['billing', 'refund'], title: 'Refunds' },
			},
			response: { payload: article(1) },
			items: [article(1)],
		},
	],
	[
		'Update only the status',
		{ operation: 'update', parameters: { articleId: '1', articleUpdateFields: { status: 2 } }, method: 'PATCH', path: `${ARTICLES}/1`, body: { status: 2 }, response: { payload: article(1) }, items: [article(1)] },
	],
	['Get', { operation: 'get', parameters: { articleId: '1' }, method: 'GET', path: `${ARTICLES}/1`, response: { payload: article(1) }, items: [article(1)] }],
	['Delete', { operation: 'delete', parameters: { articleId: '1' }, method: 'DELETE', path: `${ARTICLES}/1`, items: [{ success: true }] }],
	[
		'Reorder',
		{
			operation: 'reorder',
			parameters: { positions: { position: [{ id: 1, position: 2 }, { id: 3, position: 1 }] } },
			method: 'POST',
			path: `${ARTICLES}/reorder`,
			body: { positions_hash: { '1': 2, '3': 1 } },
			items: [{ success: true }],
		},
	],
	[
		'Update Status of Many',
		{ operation: 'updateStatus', parameters: { articleIds: '1, 3', status: 'archived' }, method: 'PATCH', path: `${ARTICLES}/bulk_actions/update_status`, body: { status: 'archived', ids: [1, 3] }, items: [{ success: true }] },
	],
	[
		'Move Many to Category',
		{ operation: 'updateCategory', parameters: { articleIds: '1', categoryId: 4 }, method: 'PATCH', path: `${ARTICLES}/bulk_actions/update_category`, body: { category_id: 4, ids: [1] }, items: [{ success: true }] },
	],
	['Delete Many', { operation: 'deleteMany', parameters: { articleIds: '5,6' }, method: 'DELETE', path: `${ARTICLES}/bulk_actions/delete_articles`, body: { ids: [5, 6] }, items: [{ success: true }] }],
	[
		'Translate Many',
		{
			operation: 'translate',
			parameters: { articleIds: '5', locale: 'fr', articleOptions: { categoryId: 9, force: true } },
			method: 'POST',
			path: `${ARTICLES}/bulk_actions/translate`,
			body: { locale: 'fr', category_id: 9, force: true, ids: [5] },
			response: [article(8)],
			items: [article(8)],
		},
	],
];

describe('Help Center Article', () => {
	test.each(cases)('%s', async (_label, { operation, parameters = {}, method, path, body, response, items }) =>
		await expectOperation(requests, { parameters: { resource: 'article', operation, accountId: '1', portalSlug: 'handbook', ...parameters }, method, path, body, reply: response, output: items }),
	);

	test('Get Many pages by 25 with the filters, and stops at a short page', async () => {
		const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => article(from + i));
		const filters = { status: 'draft', locale: 'en', categorySlug: 'billing', query: 'refund', authorId: { __rl: true, mode: 'id', value: '7' } };
		const query = { status: 'draft', locale: 'en', category_slug: 'billing', query: 'refund', author_id: '7' };
		const scopes = [
			expectRequest('GET', ARTICLES, { status: 200, body: { payload: page(1, 25), meta: {} } }, requests.sent),
			expectRequest('GET', ARTICLES, { status: 200, body: { payload: page(26, 3), meta: {} } }, requests.sent),
		];
		const run = await executeNode({ parameters: { resource: 'article', operation: 'getMany', accountId: '1', portalSlug: 'handbook', returnAll: true, articleFilters: filters } });
		scopes.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([
			{ ...query, page: '1' },
			{ ...query, page: '2' },
		]);
		expect(run.items).toHaveLength(28);
	});

	test('Get Many with a Limit asks for no further page', async () => {
		const scope = expectRequest('GET', ARTICLES, { status: 200, body: { payload: Array.from({ length: 25 }, (_, i) => article(i + 1)) } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'article', operation: 'getMany', accountId: '1', portalSlug: 'handbook', limit: 10 } });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	test('Get Many of an empty portal gives no items', async () => {
		const scope = expectRequest('GET', ARTICLES, { status: 200, body: { payload: [], meta: {} } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'article', operation: 'getMany', accountId: '1', portalSlug: 'handbook', returnAll: true } });
		scope.done();
		expect(run.items).toEqual([]);
	});

	test.each([
		['an Article ID that is not a number', 'get', { articleId: 'abc' }, 'Article ID must be a positive whole number, not "abc"'],
		['an author that is not an ID', 'create', { title: 'T', content: 'C', authorId: { __rl: true, mode: 'list', value: 'ann' } }, 'Author must be an agent\'s numeric ID, not "ann"'],
		['Article IDs with a word', 'deleteMany', { articleIds: '1, two' }, 'Article IDs must be numbers separated by commas; "two" is not an ID'],
		['empty Article IDs', 'updateStatus', { articleIds: '={{ "" }}', status: 'draft' }, 'Article IDs is empty'],
		['no positions', 'reorder', { positions: {} }, 'Positions is empty'],
	])('%s is refused before anything is sent', async (_label, operation, parameters, message) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { resource: 'article', operation, accountId: '1', portalSlug: 'handbook', ...parameters } });
		expect(run.error?.message).toBe(message);
		expect(requests.sent).toEqual([]);
	});
});
