import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const getInboxCsatTemplate = defineOperation({
	resource: 'inbox',
	value: 'getCsatTemplate',
	name: 'Get CSAT Template',
	action: 'Get the CSAT template of a WhatsApp inbox',
	description: 'WhatsApp inboxes only: the message template ChatWoot uses for satisfaction surveys',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/csat_template',
	fields: [accountIdField(), inboxLocator('The WhatsApp inbox')],
	output: '',
});
