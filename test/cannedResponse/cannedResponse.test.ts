import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/canned_responses';
const welcome = { id: 3, account_id: 1, short_code: 'welcome', content: 'Hello!' };
const base = { resource: 'cannedResponse', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many returns the bare array, one item per response',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: PATH,
			reply: [welcome, { ...welcome, id: 4 }],
			output: [welcome, { ...welcome, id: 4 }],
		},
	],
	[
		'Get Many sends the Search filter',
		{
			parameters: { ...base, operation: 'getMany', returnAll: false, limit: 5, cannedResponseFilters: { search: 'wel' } },
			method: 'GET',
			path: PATH,
			query: { search: 'wel' },
			reply: [welcome],
			output: [welcome],
		},
	],
	[
		'Create wraps short code and content in canned_response and unwraps payload',
		{
			parameters: { ...base, operation: 'create', shortCode: 'welcome', content: 'Hello!' },
			method: 'POST',
			path: PATH,
			body: { canned_response: { short_code: 'welcome', content: 'Hello!' } },
			reply: { payload: welcome },
			output: [welcome],
		},
	],
	[
		'Update sends only the content',
		{
			parameters: { ...base, operation: 'update', cannedResponseId: '3', cannedResponseUpdateFields: { content: 'Hi' } },
			method: 'PATCH',
			path: `${PATH}/3`,
			body: { canned_response: { content: 'Hi' } },
			reply: { payload: { ...welcome, content: 'Hi' } },
			output: [{ ...welcome, content: 'Hi' }],
		},
	],
	[
		'Delete outputs success',
		{
			parameters: { ...base, operation: 'delete', cannedResponseId: '3' },
			method: 'DELETE',
			path: `${PATH}/3`,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['update', { cannedResponseId: 'x', cannedResponseUpdateFields: { content: 'a' } }],
	['delete', { cannedResponseId: '-3' }],
])('%s refuses a bad Canned Response ID before sending', async (operation, parameters) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, /Canned Response ID must be a positive whole number/),
);
