import { accountIdField } from '../../shared/descriptions';
import { conversationLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';

export const suggestReply = defineOperation({
	resource: 'captainTask',
	value: 'replySuggestion',
	name: 'Suggest Reply',
	action: 'Suggest a reply with Captain',
	description: 'Get a suggested next reply for a conversation from the AI model configured for Captain',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/tasks/reply_suggestion',
	fields: [accountIdField(), conversationLocator('The conversation to reply to')],
	preSend: [idInBody('conversationId', 'conversation_display_id')],
	output: '',
});
