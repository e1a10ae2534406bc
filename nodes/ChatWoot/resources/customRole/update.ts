import { accountIdField, updateFields } from '../../shared/descriptions';
import { customRoleFieldOptions, customRoleIdField, customRoleNameOption } from './fields';
import { defineOperation } from '../../shared/operation';

export const updateCustomRole = defineOperation({
	resource: 'customRole',
	value: 'update',
	name: 'Update',
	action: 'Update a custom role',
	description: 'Change a custom role\'s name, description or permissions',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/custom_roles/{customRoleId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		customRoleIdField('The custom role to update'),
		updateFields('customRoleUpdateFields', [customRoleFieldOptions[0], customRoleNameOption, customRoleFieldOptions[1]], 'Only the fields added here are sent; the role keeps every other value'),
	],
	output: '',
});
