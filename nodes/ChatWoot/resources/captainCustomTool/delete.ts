import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customToolIdField } from './fields';

export const deleteCustomTool = defineOperation({
	resource: 'captainCustomTool',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a Captain custom tool',
	description: 'Delete a custom tool',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/captain/custom_tools/{customToolId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), customToolIdField('The tool to delete')],
});
