import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const registerInboxWebhook = defineOperation({
	resource: 'inbox',
	value: 'registerWebhook',
	name: 'Register Webhook',
	action: 'Register the webhook of a WhatsApp inbox',
	description: 'WhatsApp Cloud inboxes only: subscribe ChatWoot to the phone number\'s events at Meta again',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/register_webhook',
	access: { admin: true, since: '4.12.0' },
	fields: [accountIdField(), inboxLocator('The WhatsApp Cloud inbox')],
	output: '',
});
