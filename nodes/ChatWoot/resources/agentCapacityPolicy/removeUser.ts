import { accountIdField } from '../../shared/descriptions';
import { agentLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { capacityPolicyIdField } from './fields';

export const removeCapacityPolicyUser = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'removeUser',
	name: 'Remove Agent',
	action: 'Remove an agent from an agent capacity policy',
	description: 'Take an agent off the policy',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}/users/{userId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy'), agentLocator('The agent to take off the policy', 'userId')],
	output: withRecordFields({ agent_capacity_policy_id: 'capacityPolicyId', user_id: 'userId' }),
});
