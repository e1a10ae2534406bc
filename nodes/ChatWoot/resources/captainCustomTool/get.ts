import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customToolIdField } from './fields';

export const getCustomTool = defineOperation({
	resource: 'captainCustomTool',
	value: 'get',
	name: 'Get',
	action: 'Get a Captain custom tool',
	description: 'Get one custom tool',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/custom_tools/{customToolId}',
	access: { enterprise: true },
	fields: [accountIdField(), customToolIdField('The tool to get')],
	output: '',
});
