import { accountIdField } from '../../shared/descriptions';
import { contactLocator, inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';

export const callContact = defineOperation({
	resource: 'contact',
	value: 'call',
	name: 'Call',
	action: 'Call a contact by phone',
	description:
		"Start an outbound phone call to the contact's phone number from a voice inbox the token's user belongs to; outputs the call's conversation ID",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/call',
	access: { enterprise: true },
	fields: [accountIdField(), contactLocator('The contact to call'), inboxLocator('The voice (Twilio) inbox to call from')],
	preSend: [idInBody('inboxId', 'inbox_id')],
	output: '',
});
