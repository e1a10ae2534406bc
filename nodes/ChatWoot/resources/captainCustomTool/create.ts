import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customToolFieldOptions, endpointUrlOption, parseCustomToolJson, titleOption } from './fields';

export const createCustomTool = defineOperation({
	resource: 'captainCustomTool',
	value: 'create',
	name: 'Create',
	action: 'Create a Captain custom tool',
	description: 'Create an HTTP tool that assistants can call',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/custom_tools',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		{ ...titleOption, required: true },
		{ ...endpointUrlOption, required: true },
		additionalFields('captainCustomToolAdditionalFields', customToolFieldOptions),
	],
	preSend: [...parseCustomToolJson],
	output: '',
});
