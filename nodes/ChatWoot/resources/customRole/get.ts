import { accountIdField } from '../../shared/descriptions';
import { customRoleIdField } from './fields';
import { defineOperation } from '../../shared/operation';

export const getCustomRole = defineOperation({
	resource: 'customRole',
	value: 'get',
	name: 'Get',
	action: 'Get a custom role',
	description: 'Get one custom role and its permissions',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/custom_roles/{customRoleId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), customRoleIdField('The custom role to get')],
	output: '',
});
