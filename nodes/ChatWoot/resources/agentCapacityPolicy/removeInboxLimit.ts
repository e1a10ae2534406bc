import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { capacityPolicyIdField, inboxLimitIdField } from './fields';

export const removeCapacityPolicyInboxLimit = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'removeInboxLimit',
	name: 'Remove Inbox Limit',
	action: "Remove an agent capacity policy's inbox limit",
	description: 'Remove an inbox limit from the policy',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}/inbox_limits/{inboxLimitId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy'), inboxLimitIdField('The inbox limit to remove')],
});
