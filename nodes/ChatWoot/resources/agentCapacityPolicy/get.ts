import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { capacityPolicyIdField } from './fields';

export const getCapacityPolicy = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'get',
	name: 'Get',
	action: 'Get an agent capacity policy',
	description: 'Get one agent capacity policy',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy to get')],
	output: '',
});
