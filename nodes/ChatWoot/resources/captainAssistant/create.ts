import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantFieldOptions, assistantNameOption, parseAssistantLists } from './fields';

export const createAssistant = defineOperation({
	resource: 'captainAssistant',
	value: 'create',
	name: 'Create',
	action: 'Create a Captain assistant',
	description: 'Create a Captain AI assistant',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/assistants',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		{ ...assistantNameOption, required: true },
		additionalFields('captainAssistantAdditionalFields', assistantFieldOptions),
	],
	preSend: [...parseAssistantLists],
	output: '',
});
