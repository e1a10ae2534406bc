import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const POLICY = { id: 4, name: 'Round robin', assignment_order: 'round_robin', conversation_priority: 'earliest_created', enabled: true };
const INBOX = { id: 3, name: 'Support' };
const op = (operation: string, extra = {}) => ({ resource: 'assignmentPolicy', operation, accountId: '1', ...extra });
const POLICIES = '/api/v1/accounts/1/assignment_policies';

describe('Assignment policy operations', () => {
	expectOperationCases(requests, [
		{
			label: 'Get Many outputs the policies, which ChatWoot answers as a bare array',
			parameters: op('getMany', { returnAll: true }),
			method: 'GET',
			path: POLICIES,
			reply: [POLICY, { ...POLICY, id: 5 }],
			output: [POLICY, { ...POLICY, id: 5 }],
		},
		{ label: 'Get', parameters: op('get', { assignmentPolicyId: '4' }), method: 'GET', path: `${POLICIES}/4`, reply: POLICY, output: [POLICY] },
		{
			label: 'Create wraps the fields in assignment_policy',
			parameters: op('create', { name: 'Round robin', assignmentPolicyAdditionalFields: { assignmentOrder: 'balanced', fairDistributionLimit: 10 } }),
			method: 'POST',
			path: POLICIES,
			body: { assignment_policy: { name: 'Round robin', assignment_order: 'balanced', fair_distribution_limit: 10 } },
			reply: POLICY,
			output: [POLICY],
		},
		{
			label: 'Update wraps only the fields added',
			parameters: op('update', { assignmentPolicyId: '4', assignmentPolicyUpdateFields: { enabled: false } }),
			method: 'PATCH',
			path: `${POLICIES}/4`,
			body: { assignment_policy: { enabled: false } },
			reply: { ...POLICY, enabled: false },
			output: [{ ...POLICY, enabled: false }],
		},
		{ label: 'Delete', parameters: op('delete', { assignmentPolicyId: '4' }), method: 'DELETE', path: `${POLICIES}/4`, output: [{ success: true }] },
		{
			label: 'Get Inboxes outputs the inboxes without their envelope',
			parameters: op('getInboxes', { assignmentPolicyId: '4', returnAll: true }),
			method: 'GET',
			path: `${POLICIES}/4/inboxes`,
			reply: { inboxes: [INBOX] },
			output: [INBOX],
		},
	]);
});

describe('Assignment policy: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'a policy ID that is not a number', parameters: op('get', { assignmentPolicyId: 'rr' }), message: /^Assignment Policy ID must be a positive whole number, not "rr"$/ },
	]);
});
