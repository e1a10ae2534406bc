import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customToolFieldOptions, endpointUrlOption, parseCustomToolJson } from './fields';

export const testCustomTool = defineOperation({
	resource: 'captainCustomTool',
	value: 'test',
	name: 'Test',
	action: 'Test a Captain custom tool',
	description: 'Call a tool definition once without saving it and return the status and the start of the response body',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/custom_tools/test',
	access: { admin: true, enterprise: true, since: '4.13.0' },
	fields: [
		accountIdField(),
		{ ...endpointUrlOption, required: true },
		additionalFields('captainCustomToolAdditionalFields', customToolFieldOptions),
	],
	preSend: [...parseCustomToolJson],
	output: '',
});
