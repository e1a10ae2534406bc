import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const syncInboxTemplates = defineOperation({
	resource: 'inbox',
	value: 'syncTemplates',
	name: 'Sync Templates',
	action: 'Sync the message templates of a WhatsApp inbox',
	description: 'WhatsApp inboxes only: fetch the approved message templates from the provider again, in the background',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/sync_templates',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The WhatsApp inbox whose templates to sync')],
	output: '',
});
