import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { expectRequest } from '../support/nockChatWoot';
import { executeNode } from '../harness/executeNode';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/assistant_responses';
const faq = { id: 11, question: 'Shipping?', answer: '2 days', status: 'approved' };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainResponse', operation, accountId: '1', ...extra });
const page = (from: number, count: number) => ({ payload: Array.from({ length: count }, (_, i) => ({ id: from + i })), meta: { total_count: 60 } });

const cases: Array<[string, OperationCase]> = [
	[
		'getMany with filters',
		{
			parameters: params('getMany', { limit: 2, captainResponseFilters: { assistantId: 7, documentId: 4, search: 'ship', status: 'pending' } }),
			method: 'GET',
			path: BASE,
			query: { assistant_id: '7', document_id: '4', search: 'ship', status: 'pending', page: '1' },
			reply: page(1, 25),
			output: [{ id: 1 }, { id: 2 }],
		},
	],
	['get', { parameters: params('get', { responseId: '11' }), method: 'GET', path: `${BASE}/11`, reply: faq, output: [faq] }],
	[
		'create',
		{
			parameters: params('create', { assistantId: '7', question: 'Shipping?', answer: '2 days', captainResponseAdditionalFields: { status: 'pending' } }),
			method: 'POST',
			path: BASE,
			body: { assistant_response: { question: 'Shipping?', answer: '2 days', status: 'pending', assistant_id: 7 } },
			reply: faq,
			output: [faq],
		},
	],
	['update', { parameters: params('update', { responseId: '11', captainResponseUpdateFields: { answer: '3 days' } }), method: 'PATCH', path: `${BASE}/11`, body: { assistant_response: { answer: '3 days' } }, reply: faq, output: [faq] }],
	['delete', { parameters: params('delete', { responseId: '11' }), method: 'DELETE', path: `${BASE}/11`, status: 204, output: [{ success: true }] }],
	[
		'bulkAction approve',
		{
			parameters: params('bulkAction', { bulkStatus: 'approve', responseIds: '11, 12' }),
			method: 'POST',
			path: '/api/v1/accounts/1/captain/bulk_actions',
			body: { type: 'AssistantResponse', ids: [11, 12], fields: { status: 'approve' } },
			reply: [faq],
			output: [faq],
		},
	],
];

test.each(cases)('Captain FAQ Response → %s', async (_label, expected) => expectOperation(requests, expected));

test('Get Many with Return All reads pages of 25 until a short one', async () => {
	const scopes = [page(1, 25), page(26, 25), page(51, 10)].map((reply) => expectRequest('GET', BASE, { status: 200, body: reply }, requests.sent));
	const run = await executeNode({ parameters: params('getMany', { returnAll: true }) });
	scopes.forEach((scope) => scope.done());
	expect(requests.sent.map((request) => request.query.page)).toEqual(['1', '2', '3']);
	expect(run.items).toHaveLength(60);
});

test.each([
	['create', { assistantId: 'a', question: 'Q', answer: 'A' }, /^Assistant ID must be a positive whole number, not "a"$/],
	['bulkAction', { bulkStatus: 'delete', responseIds: '11, x' }, /^Response IDs must be positive whole numbers, not "x"$/],
	['bulkAction', { bulkStatus: 'delete', responseIds: ' , ' }, /^Response IDs is required$/],
])('Captain FAQ Response → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
