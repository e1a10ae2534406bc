import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields } from './fields';

export const updateConversationLastSeen = defineOperation({
	resource: 'conversation',
	value: 'updateLastSeen',
	name: 'Mark Read',
	action: 'Mark a conversation as read',
	description: "Mark a conversation as read up to now for the token's owner",
	method: 'POST',
	path: `${CONVERSATION}/update_last_seen`,
	fields: conversationFields('The conversation to mark read'),
	output: '',
});
