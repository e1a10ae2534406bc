import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { slaPolicyIdField } from './fields';

export const getSlaPolicy = defineOperation({
	resource: 'slaPolicy',
	value: 'get',
	name: 'Get',
	action: 'Get an SLA policy',
	description: 'Get one SLA policy',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/sla_policies/{policyId}',
	access: { enterprise: true },
	fields: [accountIdField(), slaPolicyIdField('The SLA policy to get')],
});
