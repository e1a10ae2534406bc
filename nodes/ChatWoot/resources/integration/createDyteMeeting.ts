import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberInBody } from './fields';

export const createDyteMeeting = defineOperation({
	resource: 'integration',
	value: 'createDyteMeeting',
	name: 'Create Dyte Meeting',
	action: 'Create a Dyte meeting',
	description: 'Start a Dyte video meeting in a conversation (posts the meeting message)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/dyte/create_a_meeting',
	fields: [accountIdField(), numberInBody('Conversation ID', 'conversationId', 'conversation_id', 'The conversation number as the dashboard shows it')],
	output: '',
});
