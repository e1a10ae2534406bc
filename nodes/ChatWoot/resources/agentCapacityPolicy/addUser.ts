import { accountIdField } from '../../shared/descriptions';
import { agentLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { idInBody } from '../../shared/requestBody';
import { capacityPolicyIdField } from './fields';

export const addCapacityPolicyUser = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'addUser',
	name: 'Add Agent',
	action: 'Add an agent to an agent capacity policy',
	description: 'Put an agent on the policy (an agent has at most one)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}/users',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy'), agentLocator('The agent to put on the policy', 'userId')],
	preSend: [idInBody('userId', 'user_id')],
	output: withRecordFields({ agent_capacity_policy_id: 'capacityPolicyId' }),
});
