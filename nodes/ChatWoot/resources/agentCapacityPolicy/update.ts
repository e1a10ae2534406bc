import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { capacityPolicyFieldOptions, capacityPolicyIdField, capacityPolicyNameOption } from './fields';

export const updateCapacityPolicy = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'update',
	name: 'Update',
	action: 'Update an agent capacity policy',
	description: "Change a policy's name, description or exclusion rules",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		capacityPolicyIdField('The policy to update'),
		updateFields('agentCapacityPolicyUpdateFields', [capacityPolicyFieldOptions[0], capacityPolicyFieldOptions[1], capacityPolicyFieldOptions[2], capacityPolicyNameOption], 'Only the fields added here are sent; the policy keeps every other value'),
	],
	output: '',
});
