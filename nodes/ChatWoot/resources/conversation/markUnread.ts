import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields } from './fields';

export const markConversationUnread = defineOperation({
	resource: 'conversation',
	value: 'markUnread',
	name: 'Mark Unread',
	action: 'Mark a conversation as unread',
	description: "Mark a conversation's latest incoming message as unread for the token's owner",
	method: 'POST',
	path: `${CONVERSATION}/unread`,
	fields: conversationFields('The conversation to mark unread'),
	output: '',
});
