import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const getInboxConferenceToken = defineOperation({
	resource: 'inbox',
	value: 'getConferenceToken',
	name: 'Get Call Token',
	action: 'Get a voice client token for an inbox',
	description: 'Voice inboxes: a Twilio Voice access token for a client that joins the inbox\'s calls',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/conference/token',
	access: { enterprise: true },
	fields: [accountIdField(), inboxLocator('The voice inbox')],
	output: '',
});
