import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { slaPolicyFieldOptions, slaPolicyNameOption } from './fields';

export const createSlaPolicy = defineOperation({
	resource: 'slaPolicy',
	value: 'create',
	name: 'Create',
	action: 'Create an SLA policy',
	description: 'Create an SLA policy with response and resolution time targets',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/sla_policies',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		{ ...slaPolicyNameOption, required: true },
		additionalFields('slaPolicyAdditionalFields', slaPolicyFieldOptions),
	],
});
