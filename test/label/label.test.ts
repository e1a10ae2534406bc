import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const LABELS = '/api/v1/accounts/1/labels';
const billing = { id: 5, title: 'billing', description: 'Money', color: '#ff0000', show_on_sidebar: true };
const base = { resource: 'label', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many returns one item per label from payload',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: LABELS,
			reply: { payload: [billing, { ...billing, id: 6, title: 'vip' }] },
			output: [billing, { ...billing, id: 6, title: 'vip' }],
		},
	],
	[
		'Get Many with Limit trims the whole list',
		{
			parameters: { ...base, operation: 'getMany', returnAll: false, limit: 1 },
			method: 'GET',
			path: LABELS,
			reply: { payload: [billing, { ...billing, id: 6 }] },
			output: [billing],
		},
	],
	[
		'Get Many of an empty account outputs nothing',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: LABELS,
			reply: { payload: [] },
			output: [],
		},
	],
	[
		'Get returns the bare label',
		{
			parameters: { ...base, operation: 'get', labelId: '5' },
			method: 'GET',
			path: `${LABELS}/5`,
			reply: billing,
			output: [billing],
		},
	],
	[
		'Create sends the title and only the fields added, inside label',
		{
			parameters: { ...base, operation: 'create', title: 'billing', labelAdditionalFields: { color: '#ff0000', showOnSidebar: false } },
			method: 'POST',
			path: LABELS,
			body: { label: { title: 'billing', color: '#ff0000', show_on_sidebar: false } },
			reply: billing,
			output: [billing],
		},
	],
	[
		'Update sends only the fields added',
		{
			parameters: { ...base, operation: 'update', labelId: '5', labelUpdateFields: { description: 'Invoices' } },
			method: 'PATCH',
			path: `${LABELS}/5`,
			body: { label: { description: 'Invoices' } },
			reply: { ...billing, description: 'Invoices' },
			output: [{ ...billing, description: 'Invoices' }],
		},
	],
	[
		'Delete outputs success for the empty 200',
		{
			parameters: { ...base, operation: 'delete', labelId: '5' },
			method: 'DELETE',
			path: `${LABELS}/5`,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['get', { labelId: 'abc' }, /Label ID must be a positive whole number/],
	['update', { labelId: '0', labelUpdateFields: { title: 'x' } }, /Label ID must be a positive whole number/],
	['delete', { labelId: '  ' }, /Label ID is required/],
	['create', { accountId: '-1', title: 'x' }, /Account ID must be a positive whole number/],
])('%s refuses a bad ID before sending', async (operation, parameters, message) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, message),
);
