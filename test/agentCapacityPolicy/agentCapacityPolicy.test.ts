import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/agent_capacity_policies';
const policy = { id: 2, name: 'Day shift', exclusion_rules: {} };
const user = { id: 9, name: 'Ann' };
const limit = { id: 5, inbox_id: 3, conversation_limit: 8 };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'agentCapacityPolicy', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true }), method: 'GET', path: BASE, reply: [policy], output: [policy] }],
	['get', { parameters: params('get', { capacityPolicyId: '2' }), method: 'GET', path: `${BASE}/2`, reply: policy, output: [policy] }],
	[
		'create with exclusion rules',
		{
			parameters: params('create', { name: 'Day shift', agentCapacityPolicyAdditionalFields: { description: 'd', excludeOlderThanHours: 48, excludedLabels: ['spam', 'vip'] } }),
			method: 'POST',
			path: BASE,
			body: { agent_capacity_policy: { name: 'Day shift', description: 'd', exclusion_rules: { exclude_older_than_hours: 48, excluded_labels: ['spam', 'vip'] } } },
			reply: policy,
			output: [policy],
		},
	],
	['update', { parameters: params('update', { capacityPolicyId: '2', agentCapacityPolicyUpdateFields: { name: 'Night' } }), method: 'PATCH', path: `${BASE}/2`, body: { agent_capacity_policy: { name: 'Night' } }, reply: policy, output: [policy] }],
	['delete', { parameters: params('delete', { capacityPolicyId: '2' }), method: 'DELETE', path: `${BASE}/2`, output: [{ success: true }] }],
	['getUsers', { parameters: params('getUsers', { capacityPolicyId: '2', returnAll: true }), method: 'GET', path: `${BASE}/2/users`, reply: [user], output: [user] }],
	['addUser', { parameters: params('addUser', { capacityPolicyId: '2', userId: '9' }), method: 'POST', path: `${BASE}/2/users`, body: { user_id: 9 }, reply: user, output: [{ agent_capacity_policy_id: 2, ...user }] }],
	['removeUser', { parameters: params('removeUser', { capacityPolicyId: '2', userId: '9' }), method: 'DELETE', path: `${BASE}/2/users/9`, output: [{ agent_capacity_policy_id: 2, user_id: 9, success: true }] }],
	['addInboxLimit', { parameters: params('addInboxLimit', { capacityPolicyId: '2', inboxId: '3', conversationLimit: 8 }), method: 'POST', path: `${BASE}/2/inbox_limits`, body: { conversation_limit: 8, inbox_id: 3 }, reply: limit, output: [limit] }],
	['updateInboxLimit', { parameters: params('updateInboxLimit', { capacityPolicyId: '2', inboxLimitId: '5', conversationLimit: 4 }), method: 'PATCH', path: `${BASE}/2/inbox_limits/5`, body: { conversation_limit: 4 }, reply: limit, output: [limit] }],
	['removeInboxLimit', { parameters: params('removeInboxLimit', { capacityPolicyId: '2', inboxLimitId: '5' }), method: 'DELETE', path: `${BASE}/2/inbox_limits/5`, output: [{ success: true }] }],
];

test.each(cases)('Agent Capacity Policy → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['get', { capacityPolicyId: 'x' }, /^Capacity Policy ID must be a positive whole number, not "x"$/],
	['addUser', { capacityPolicyId: '2', userId: 'bob' }, /^User ID must be a positive whole number, not "bob"$/],
	['addInboxLimit', { capacityPolicyId: '2', inboxId: '-4', conversationLimit: 3 }, /^Inbox ID must be a positive whole number, not "-4"$/],
	['updateInboxLimit', { capacityPolicyId: '2', inboxLimitId: '1.5', conversationLimit: 3 }, /^Inbox Limit ID must be a positive whole number, not "1.5"$/],
])('Agent Capacity Policy → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
