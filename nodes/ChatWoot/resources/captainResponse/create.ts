import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';
import { assistantIdField } from '../captainAssistant/fields';
import { answerOption, questionOption, statusOption } from './fields';

export const createResponse = defineOperation({
	resource: 'captainResponse',
	value: 'create',
	name: 'Create',
	action: 'Create a Captain FAQ response',
	description: 'Add a question and answer an assistant may use',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/assistant_responses',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant that uses the answer'),
		{ ...questionOption, required: true },
		{ ...answerOption, required: true },
		additionalFields('captainResponseAdditionalFields', [statusOption]),
	],
	preSend: [idInBody('assistantId', 'assistant_response.assistant_id')],
	output: '',
});
