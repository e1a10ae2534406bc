import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields } from './fields';

export const getConversation = defineOperation({
	resource: 'conversation',
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get a conversation with its contact, assignee, labels and last message',
	method: 'GET',
	path: CONVERSATION,
	access: { bot: true },
	fields: conversationFields('The conversation to get'),
	output: '',
});
