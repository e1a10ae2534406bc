import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { participantFields, PARTICIPANTS, sendUserIds } from './participants';

export const addConversationParticipants = defineOperation({
	resource: 'conversation',
	value: 'addParticipants',
	name: 'Add Participants',
	action: 'Add participants to a conversation',
	description: 'Add agents to the participants of a conversation, keeping the others; the output is the agents added',
	method: 'POST',
	path: PARTICIPANTS,
	fields: participantFields('add', 'The agents to add'),
	preSend: [sendUserIds],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
