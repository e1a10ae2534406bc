import { accountIdField } from '../../shared/descriptions';
import { customRoleIdField } from './fields';
import { defineOperation } from '../../shared/operation';

export const deleteCustomRole = defineOperation({
	resource: 'customRole',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom role',
	description: 'Delete a custom role',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/custom_roles/{customRoleId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), customRoleIdField('The custom role to delete')],
});
