import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientConversationSummary } from '../../../ChatWoot/shared/simplify';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

export const resolveConversation = defineOperation({
	resource: 'conversation',
	value: 'resolve',
	name: 'Resolve',
	action: 'Resolve a conversation as the contact',
	description: 'Mark the conversation resolved, by the contact (the Client API cannot reopen one)',
	method: 'POST',
	path: `${CONVERSATION_PATH}/toggle_status`,
	simplify: clientConversationSummary,
	fields: [contactIdentifierField, conversationIdField()],
	output: '',
});
