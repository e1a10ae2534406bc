import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { csatTemplateBody, csatTemplateField } from './csatTemplate';

export const setInboxCsatTemplate = defineOperation({
	resource: 'inbox',
	value: 'setCsatTemplate',
	name: 'Set CSAT Template',
	action: 'Set the CSAT template of a WhatsApp inbox',
	description: 'WhatsApp inboxes only: create the message template used for satisfaction surveys and submit it to WhatsApp',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/csat_template',
	fields: [accountIdField(), inboxLocator('The WhatsApp inbox'), csatTemplateField],
	preSend: [csatTemplateBody],
	output: '',
});
