import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

export const unmuteConversation = defineOperation({
	resource: 'conversation',
	value: 'unmute',
	name: 'Unmute',
	action: 'Unmute a conversation',
	description: 'Notify again about new messages of a conversation',
	method: 'POST',
	path: `${CONVERSATION}/unmute`,
	fields: conversationFields('The conversation to unmute'),
	output: withRecordFields({ conversation_id: 'conversationId', muted: () => false }),
});
