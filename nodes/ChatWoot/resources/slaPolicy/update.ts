import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { slaPolicyFieldOptions, slaPolicyIdField, slaPolicyNameOption } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateSlaPolicy = defineOperation({
	resource: 'slaPolicy',
	value: 'update',
	name: 'Update',
	action: 'Update an SLA policy',
	description: "Change an SLA policy's name or targets",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/sla_policies/{policyId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		slaPolicyIdField('The SLA policy to update'),
		updateFields('slaPolicyUpdateFields', [...slaPolicyFieldOptions, slaPolicyNameOption].sort(byDisplayName), 'Only the fields added here are sent; the policy keeps every other value'),
	],
});
