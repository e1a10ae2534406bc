import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { csatTemplateBody, csatTemplateField } from './csatTemplate';

export const analyzeInboxCsatTemplate = defineOperation({
	resource: 'inbox',
	value: 'analyzeCsatTemplate',
	name: 'Analyze CSAT Template',
	action: 'Analyze a CSAT template for a WhatsApp inbox',
	description: "Let ChatWoot's Captain AI review a CSAT template before it is submitted; needs Captain enabled",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/csat_template/analyze',
	access: { since: '4.11.2' },
	fields: [accountIdField(), inboxLocator('The WhatsApp inbox'), csatTemplateField],
	preSend: [csatTemplateBody],
	output: '',
});
