import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberInBody } from './fields';

export const addDyteParticipant = defineOperation({
	resource: 'integration',
	value: 'addDyteParticipant',
	name: 'Join Dyte Meeting',
	action: 'Join a Dyte meeting',
	description: 'Add the token user to the Dyte meeting of a meeting message; returns their join token',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/dyte/add_participant_to_meeting',
	fields: [accountIdField(), numberInBody('Message ID', 'messageId', 'message_id', 'The meeting message posted by Create Dyte Meeting')],
	output: '',
});
