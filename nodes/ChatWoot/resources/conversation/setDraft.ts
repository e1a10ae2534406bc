import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

export const setConversationDraft = defineOperation({
	resource: 'conversation',
	value: 'setDraft',
	name: 'Save Draft',
	action: 'Save a draft reply in a conversation',
	description: "Save the token owner's unsent reply in a conversation, replacing any earlier draft",
	method: 'PUT',
	path: `${CONVERSATION}/draft_messages`,
	fields: [
		...conversationFields('The conversation to save the draft in'),
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			routing: { send: { type: 'body', property: 'draft_message.message' } },
		},
	],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
