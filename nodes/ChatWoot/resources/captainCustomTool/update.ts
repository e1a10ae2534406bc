import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customToolFieldOptions, customToolIdField, endpointUrlOption, parseCustomToolJson, titleOption } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateCustomTool = defineOperation({
	resource: 'captainCustomTool',
	value: 'update',
	name: 'Update',
	action: 'Update a Captain custom tool',
	description: "Change a custom tool's request, templates or whether it is enabled",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/captain/custom_tools/{customToolId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		customToolIdField('The tool to update'),
		updateFields('captainCustomToolUpdateFields', [...customToolFieldOptions, endpointUrlOption, titleOption].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: [...parseCustomToolJson],
	output: '',
});
