import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { answerOption, questionOption, responseIdField, statusOption } from './fields';

export const updateResponse = defineOperation({
	resource: 'captainResponse',
	value: 'update',
	name: 'Update',
	action: 'Update a Captain FAQ response',
	description: "Change a response's question, answer or status",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/captain/assistant_responses/{responseId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		responseIdField('The response to update'),
		updateFields('captainResponseUpdateFields', [answerOption, questionOption, statusOption], 'Only the fields added here are sent'),
	],
	output: '',
});
