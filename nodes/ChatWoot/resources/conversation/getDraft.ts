import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields } from './fields';

export const getConversationDraft = defineOperation({
	resource: 'conversation',
	value: 'getDraft',
	name: 'Get Draft',
	action: 'Get the draft reply of a conversation',
	description: "Get the token owner's unsent reply in a conversation (has_draft and message)",
	method: 'GET',
	path: `${CONVERSATION}/draft_messages`,
	fields: conversationFields('The conversation whose draft to get'),
	output: '',
});
