import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

const requests = recordChatWootRequests();

const CATEGORIES = '/api/v1/accounts/1/portals/handbook/categories';
const category = { id: 4, name: 'Billing', slug: 'billing', locale: 'en' };

const cases: Array<[string, { operation: string; parameters?: INodeParameters; method: string; path: string; query?: Record<string, string>; body?: IDataObject; response?: unknown; items: IDataObject[] }]> = [
	['Get Many in a locale', { operation: 'getMany', parameters: { returnAll: true, categoryFilters: { locale: 'en' } }, method: 'GET', path: CATEGORIES, query: { locale: 'en' }, response: { payload: [category], meta: {} }, items: [category] }],
	['Get', { operation: 'get', parameters: { categoryId: '4' }, method: 'GET', path: `${CATEGORIES}/4`, response: { payload: category }, items: [category] }],
	[
		'Create with every field',
		{
			operation: 'create',
			parameters: { name: 'Billing', slug: 'billing', locale: 'en', categoryAdditionalFields: { description: 'Money', icon: '💳', position: 1, parentCategoryId: 2, associatedCategoryId: 3 } },
			method: 'POST',
			path: CATEGORIES,
			body: { name: 'Billing', slug: 'billing', locale: 'en', description: 'Money', icon: '💳', position: 1, parent_category_id: 2, associated_category_id: 3 },
			response: { payload: category },
			items: [category],
		},
	],
	['Update only the name', { operation: 'update', parameters: { categoryId: '4', categoryUpdateFields: { name: 'Payments' } }, method: 'PATCH', path: `${CATEGORIES}/4`, body: { name: 'Payments' }, response: { payload: category }, items: [category] }],
	['Delete', { operation: 'delete', parameters: { categoryId: '4' }, method: 'DELETE', path: `${CATEGORIES}/4`, items: [{ success: true }] }],
	['Reorder', { operation: 'reorder', parameters: { positions: { position: [{ id: 4, position: 1 }] } }, method: 'POST', path: `${CATEGORIES}/reorder`, body: { positions_hash: { '4': 1 } }, items: [{ success: true }] }],
];

describe('Help Center Category', () => {
	test.each(cases)('%s', async (_label, { operation, parameters = {}, method, path, query, body, response, items }) =>
		await expectOperation(requests, { parameters: { resource: 'category', operation, accountId: '1', portalSlug: 'handbook', ...parameters }, method, path, query, body, reply: response, output: items }),
	);

	test('a Category ID of 0 is refused before anything is sent', async () => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { resource: 'category', operation: 'delete', accountId: '1', portalSlug: 'handbook', categoryId: '0' } });
		expect(run.error?.message).toBe('Category ID must be a positive whole number, not "0"');
		expect(requests.sent).toEqual([]);
	});
});
