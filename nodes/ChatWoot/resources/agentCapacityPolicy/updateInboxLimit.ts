import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { capacityPolicyIdField, conversationLimitField, inboxLimitIdField } from './fields';

export const updateCapacityPolicyInboxLimit = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'updateInboxLimit',
	name: 'Update Inbox Limit',
	action: "Update an agent capacity policy's inbox limit",
	description: 'Change the conversation limit of an inbox limit',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}/inbox_limits/{inboxLimitId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		capacityPolicyIdField('The policy'),
		inboxLimitIdField('The inbox limit to change, by the ID Add Inbox Limit returned'),
		conversationLimitField,
	],
	output: '',
});
