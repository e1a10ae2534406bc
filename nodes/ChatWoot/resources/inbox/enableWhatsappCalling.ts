import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const enableInboxWhatsappCalling = defineOperation({
	resource: 'inbox',
	value: 'enableWhatsappCalling',
	name: 'Enable WhatsApp Calling',
	action: 'Enable WhatsApp calling in an inbox',
	description: 'Let contacts call the WhatsApp inbox and agents answer in ChatWoot',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/enable_whatsapp_calling',
	access: { admin: true, enterprise: true, since: '4.14.1' },
	fields: [accountIdField(), inboxLocator('The WhatsApp inbox')],
	output: withRecordFields({ inbox_id: 'inboxId' }),
});
