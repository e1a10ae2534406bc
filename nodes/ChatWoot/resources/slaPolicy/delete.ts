import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { slaPolicyIdField } from './fields';

export const deleteSlaPolicy = defineOperation({
	resource: 'slaPolicy',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an SLA policy',
	description: 'Delete an SLA policy; ChatWoot removes it in the background',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/sla_policies/{policyId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), slaPolicyIdField('The SLA policy to delete')],
});
