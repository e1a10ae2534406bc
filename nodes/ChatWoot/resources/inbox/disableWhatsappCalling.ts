import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const disableInboxWhatsappCalling = defineOperation({
	resource: 'inbox',
	value: 'disableWhatsappCalling',
	name: 'Disable WhatsApp Calling',
	action: 'Disable WhatsApp calling in an inbox',
	description: 'Stop WhatsApp calls in the inbox',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/disable_whatsapp_calling',
	access: { admin: true, enterprise: true, since: '4.14.1' },
	fields: [accountIdField(), inboxLocator('The WhatsApp inbox')],
	output: withRecordFields({ inbox_id: 'inboxId' }),
});
