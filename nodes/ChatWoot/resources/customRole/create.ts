import { accountIdField, additionalFields } from '../../shared/descriptions';
import { customRoleFieldOptions, customRoleNameOption } from './fields';
import { defineOperation } from '../../shared/operation';

export const createCustomRole = defineOperation({
	resource: 'customRole',
	value: 'create',
	name: 'Create',
	action: 'Create a custom role',
	description: 'Create a role with a chosen set of agent permissions',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/custom_roles',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		{ ...customRoleNameOption, required: true },
		additionalFields('customRoleAdditionalFields', customRoleFieldOptions),
	],
	output: '',
});
