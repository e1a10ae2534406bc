import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { capacityPolicyIdField } from './fields';

export const getCapacityPolicyUsers = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'getUsers',
	name: 'Get Agents',
	action: 'Get the agents on an agent capacity policy',
	description: 'List the agents the policy applies to',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}/users',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy whose agents to list')],
	paging: wholeList(''),
});
