import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/custom_roles';
const role = { id: 3, name: 'Lead', permissions: ['contact_manage'] };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'customRole', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true }), method: 'GET', path: BASE, reply: [role, { id: 4 }], output: [role, { id: 4 }] }],
	['get', { parameters: params('get', { customRoleId: '3' }), method: 'GET', path: `${BASE}/3`, reply: role, output: [role] }],
	[
		'create',
		{
			parameters: params('create', { name: 'Lead', customRoleAdditionalFields: { description: 'Team leads', permissions: ['contact_manage', 'report_manage'] } }),
			method: 'POST',
			path: BASE,
			body: { custom_role: { name: 'Lead', description: 'Team leads', permissions: ['contact_manage', 'report_manage'] } },
			reply: role,
			output: [role],
		},
	],
	['update', { parameters: params('update', { customRoleId: '3', customRoleUpdateFields: { permissions: [] } }), method: 'PATCH', path: `${BASE}/3`, body: { custom_role: { permissions: [] } }, reply: role, output: [role] }],
	['delete', { parameters: params('delete', { customRoleId: '3' }), method: 'DELETE', path: `${BASE}/3`, output: [{ success: true }] }],
];

test.each(cases)('Custom Role → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['get', { customRoleId: 'abc' }, /^Custom Role ID must be a positive whole number, not "abc"$/],
	['delete', { customRoleId: '0' }, /^Custom Role ID must be a positive whole number, not "0"$/],
])('Custom Role → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
