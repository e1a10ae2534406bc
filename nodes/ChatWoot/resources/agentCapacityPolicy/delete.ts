import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { capacityPolicyIdField } from './fields';

export const deleteCapacityPolicy = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent capacity policy',
	description: 'Delete an agent capacity policy',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy to delete')],
});
