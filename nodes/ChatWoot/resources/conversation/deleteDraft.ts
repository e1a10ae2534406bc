import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

export const deleteConversationDraft = defineOperation({
	resource: 'conversation',
	value: 'deleteDraft',
	name: 'Delete Draft',
	action: 'Delete the draft reply of a conversation',
	description: "Delete the token owner's unsent reply in a conversation",
	method: 'DELETE',
	path: `${CONVERSATION}/draft_messages`,
	fields: conversationFields('The conversation whose draft to delete'),
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
