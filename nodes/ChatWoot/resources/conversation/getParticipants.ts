import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { conversationFields } from './fields';
import { PARTICIPANTS } from './participants';

export const getConversationParticipants = defineOperation({
	resource: 'conversation',
	value: 'getParticipants',
	name: 'Get Participants',
	action: 'Get the participants of a conversation',
	description: 'List the agents taking part in a conversation',
	method: 'GET',
	path: PARTICIPANTS,
	fields: conversationFields('The conversation whose participants to get'),
	paging: wholeList(''),
});
