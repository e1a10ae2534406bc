import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { capacityPolicyFieldOptions, capacityPolicyNameOption } from './fields';

export const createCapacityPolicy = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'create',
	name: 'Create',
	action: 'Create an agent capacity policy',
	description: 'Create a policy that caps how many conversations each agent holds',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		{ ...capacityPolicyNameOption, required: true },
		additionalFields('agentCapacityPolicyAdditionalFields', capacityPolicyFieldOptions),
	],
	output: '',
});
