import { accountIdField } from '../../shared/descriptions';
import { conversationLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';

export const suggestLabels = defineOperation({
	resource: 'captainTask',
	value: 'labelSuggestion',
	name: 'Suggest Labels',
	action: 'Suggest labels with Captain',
	description: "Get labels that fit a conversation, chosen from the account's labels by the AI model configured for Captain",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/tasks/label_suggestion',
	fields: [accountIdField(), conversationLocator('The conversation to label')],
	preSend: [idInBody('conversationId', 'conversation_display_id')],
	output: '',
});
