import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/sla_policies';
const policy = { id: 4, name: 'Gold', first_response_time_threshold: 600, only_during_business_hours: false };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'slaPolicy', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true }), method: 'GET', path: BASE, reply: { payload: [policy, { id: 5 }] }, output: [policy, { id: 5 }] }],
	['getMany with a Limit trims the whole list', { parameters: params('getMany', { limit: 1 }), method: 'GET', path: BASE, reply: { payload: [policy, { id: 5 }] }, output: [policy] }],
	['get', { parameters: params('get', { policyId: '4' }), method: 'GET', path: `${BASE}/4`, reply: { payload: policy }, output: [policy] }],
	[
		'create with every field',
		{
			parameters: params('create', {
				name: 'Gold',
				slaPolicyAdditionalFields: {
					description: 'VIP',
					firstResponseTimeThreshold: 600,
					nextResponseTimeThreshold: 1200,
					resolutionTimeThreshold: 86400,
					onlyDuringBusinessHours: true,
				},
			}),
			method: 'POST',
			path: BASE,
			body: {
				sla_policy: {
					name: 'Gold',
					description: 'VIP',
					first_response_time_threshold: 600,
					next_response_time_threshold: 1200,
					resolution_time_threshold: 86400,
					only_during_business_hours: true,
				},
			},
			reply: { payload: policy },
			output: [policy],
		},
	],
	['create with the name only', { parameters: params('create', { name: 'Gold' }), method: 'POST', path: BASE, body: { sla_policy: { name: 'Gold' } }, reply: { payload: policy }, output: [policy] }],
	['update', { parameters: params('update', { policyId: '4', slaPolicyUpdateFields: { name: 'Platinum', onlyDuringBusinessHours: false } }), method: 'PATCH', path: `${BASE}/4`, body: { sla_policy: { name: 'Platinum', only_during_business_hours: false } }, reply: { payload: policy }, output: [policy] }],
	['delete', { parameters: params('delete', { policyId: '4' }), method: 'DELETE', path: `${BASE}/4`, output: [{ success: true }] }],
];

test.each(cases)('SLA Policy → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['get', { policyId: 'x' }, /^Policy ID must be a positive whole number, not "x"$/],
	['update', { policyId: '0', slaPolicyUpdateFields: { name: 'A' } }, /^Policy ID must be a positive whole number, not "0"$/],
	['delete', { policyId: '={{ $json.missing }}' }, /^Policy ID is required$/],
	['create', { accountId: 'abc', name: 'A' }, /^Account ID must be a positive whole number, not "abc"$/],
])('SLA Policy → %s refuses %j before sending', async (operation, extra, message) =>
	expectRefusal(requests, params(operation, extra), message),
);
