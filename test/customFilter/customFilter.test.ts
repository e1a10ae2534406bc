import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/custom_filters';
const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }] };
const open = { id: 2, name: 'Open', filter_type: 'conversation', query };
const base = { resource: 'customFilter', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many asks for one filter type',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true, filterType: 'contact' },
			method: 'GET',
			path: PATH,
			query: { filter_type: 'contact' },
			reply: [open],
			output: [open],
		},
	],
	[
		'Get returns the filter',
		{
			parameters: { ...base, operation: 'get', customFilterId: '2' },
			method: 'GET',
			path: `${PATH}/2`,
			reply: open,
			output: [open],
		},
	],
	[
		'Create sends name, type and the parsed query inside custom_filter',
		{
			parameters: { ...base, operation: 'create', name: 'Open', filterType: 'conversation', query: JSON.stringify(query) },
			method: 'POST',
			path: PATH,
			body: { custom_filter: { name: 'Open', filter_type: 'conversation', query } },
			reply: open,
			output: [open],
		},
	],
	[
		'Update sends only the name',
		{
			parameters: { ...base, operation: 'update', customFilterId: '2', customFilterUpdateFields: { name: 'Still open' } },
			method: 'PATCH',
			path: `${PATH}/2`,
			body: { custom_filter: { name: 'Still open' } },
			reply: { ...open, name: 'Still open' },
			output: [{ ...open, name: 'Still open' }],
		},
	],
	[
		'Delete outputs success',
		{
			parameters: { ...base, operation: 'delete', customFilterId: '2' },
			method: 'DELETE',
			path: `${PATH}/2`,
			status: 204,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['create', { name: 'x', query: '{bad' }, /Query is not valid JSON/],
	['create', { name: 'x', query: '[1]' }, /Query must be a JSON object, not an array/],
	['update', { customFilterId: '2', customFilterUpdateFields: { query: '"text"' } }, /Query must be a JSON object, not a string/],
	['delete', { customFilterId: 'two' }, /Custom Filter ID must be a positive whole number/],
])('%s refuses bad input before sending', async (operation, parameters, message) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, message),
);
