import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientConversationSummary } from '../../../ChatWoot/shared/simplify';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

export const getConversation = defineOperation({
	resource: 'conversation',
	value: 'get',
	name: 'Get',
	action: 'Get a conversation of the contact',
	description: 'Get one of the contact\'s conversations with its messages',
	method: 'GET',
	path: CONVERSATION_PATH,
	simplify: clientConversationSummary,
	fields: [contactIdentifierField, conversationIdField()],
	output: '',
});
