import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { chosenUserIds, participantFields, PARTICIPANTS, sendUserIds } from './participants';

export const removeConversationParticipants = defineOperation({
	resource: 'conversation',
	value: 'removeParticipants',
	name: 'Remove Participants',
	action: 'Remove participants from a conversation',
	description: 'Remove agents from the participants of a conversation, keeping the others',
	method: 'DELETE',
	path: PARTICIPANTS,
	fields: participantFields('remove', 'The agents to remove'),
	preSend: [sendUserIds],
	output: withRecordFields({ conversation_id: 'conversationId', user_ids: chosenUserIds }),
});
