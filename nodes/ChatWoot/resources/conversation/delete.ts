import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields } from './fields';

export const deleteConversation = defineOperation({
	resource: 'conversation',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and its messages for good',
	method: 'DELETE',
	path: CONVERSATION,
	access: { admin: true },
	fields: conversationFields('The conversation to delete'),
});
