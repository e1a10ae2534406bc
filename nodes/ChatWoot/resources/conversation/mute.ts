import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

export const muteConversation = defineOperation({
	resource: 'conversation',
	value: 'mute',
	name: 'Mute',
	action: 'Mute a conversation',
	description: 'Stop notifications for new messages of a conversation',
	method: 'POST',
	path: `${CONVERSATION}/mute`,
	fields: conversationFields('The conversation to mute'),
	output: withRecordFields({ conversation_id: 'conversationId', muted: () => true }),
});
