import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields } from './fields';

export const getConversationInboxAssistant = defineOperation({
	resource: 'conversation',
	value: 'getInboxAssistant',
	name: 'Get Inbox Assistant',
	action: 'Get the Captain assistant of a conversation',
	description: "Get the Captain AI assistant of the conversation's inbox, or null",
	method: 'GET',
	path: `${CONVERSATION}/inbox_assistant`,
	access: { enterprise: true },
	fields: conversationFields('The conversation whose inbox assistant to get'),
	output: '',
});
