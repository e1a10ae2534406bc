import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { BOT_SHOW_AND_LABELS_SINCE, CONVERSATION, conversationFields } from './fields';

export const getConversation = defineOperation({
	resource: 'conversation',
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get a conversation with its contact, assignee, labels and last message',
	method: 'GET',
	path: CONVERSATION,
	simplify: conversationSummary,
	access: { bot: BOT_SHOW_AND_LABELS_SINCE },
	fields: conversationFields('The conversation to get'),
	output: '',
});
