import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantFieldOptions, assistantIdField, assistantNameOption, parseAssistantLists } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateAssistant = defineOperation({
	resource: 'captainAssistant',
	value: 'update',
	name: 'Update',
	action: 'Update a Captain assistant',
	description: "Change an assistant's name, instructions, messages, features or rules. Configuration fields sent replace the whole configuration, so send every one you want to keep.",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant to update'),
		updateFields('captainAssistantUpdateFields', [...assistantFieldOptions, assistantNameOption].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: [...parseAssistantLists],
	output: '',
});
