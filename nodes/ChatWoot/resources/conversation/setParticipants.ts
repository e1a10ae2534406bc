import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { participantFields, PARTICIPANTS, sendUserIds } from './participants';

export const setConversationParticipants = defineOperation({
	resource: 'conversation',
	value: 'setParticipants',
	name: 'Replace Participants',
	action: 'Replace the participants of a conversation',
	description: 'Make exactly these agents the participants of a conversation; the output is the new list',
	method: 'PATCH',
	path: PARTICIPANTS,
	fields: participantFields('set', 'The agents who will take part; the others are removed'),
	preSend: [sendUserIds],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
