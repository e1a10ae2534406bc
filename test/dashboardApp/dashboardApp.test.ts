import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/dashboard_apps';
const crm = { id: 4, title: 'CRM', content: [{ url: 'https://crm.example.com', type: 'frame' }] };
const base = { resource: 'dashboardApp', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many returns the bare array',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: PATH,
			reply: [crm],
			output: [crm],
		},
	],
	[
		'Get returns the app',
		{
			parameters: { ...base, operation: 'get', dashboardAppId: '4' },
			method: 'GET',
			path: `${PATH}/4`,
			reply: crm,
			output: [crm],
		},
	],
	[
		'Create sends the title and the URL as a frame',
		{
			parameters: { ...base, operation: 'create', title: 'CRM', url: 'https://crm.example.com' },
			method: 'POST',
			path: PATH,
			body: { dashboard_app: { title: 'CRM', content: [{ url: 'https://crm.example.com', type: 'frame' }] } },
			reply: crm,
			output: [crm],
		},
	],
	[
		'Update sends only the title',
		{
			parameters: { ...base, operation: 'update', dashboardAppId: '4', dashboardAppUpdateFields: { title: 'Sales CRM' } },
			method: 'PATCH',
			path: `${PATH}/4`,
			body: { dashboard_app: { title: 'Sales CRM' } },
			reply: { ...crm, title: 'Sales CRM' },
			output: [{ ...crm, title: 'Sales CRM' }],
		},
	],
	[
		'Delete outputs success for the 204',
		{
			parameters: { ...base, operation: 'delete', dashboardAppId: '4' },
			method: 'DELETE',
			path: `${PATH}/4`,
			status: 204,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test('a bad Dashboard App ID is refused before sending', async () =>
	expectRefusal(requests, { ...base, operation: 'delete', dashboardAppId: '0' }, /Dashboard App ID must be a positive whole number/));
