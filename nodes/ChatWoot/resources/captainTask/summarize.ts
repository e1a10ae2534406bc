import { accountIdField } from '../../shared/descriptions';
import { conversationLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';

export const summarizeConversation = defineOperation({
	resource: 'captainTask',
	value: 'summarize',
	name: 'Summarize Conversation',
	action: 'Summarize a conversation with Captain',
	description: 'Get a summary of a conversation from the AI model configured for Captain',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/tasks/summarize',
	fields: [accountIdField(), conversationLocator('The conversation to summarize')],
	preSend: [idInBody('conversationId', 'conversation_display_id')],
	output: '',
});
