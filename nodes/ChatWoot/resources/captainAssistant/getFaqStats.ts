import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from './fields';

/** `Captain::AssistantStatsBuilder#faq_stats`, ChatWoot 4.16.1+ (PR #15078). */
export const getAssistantFaqStats = defineOperation({
	resource: 'captainAssistant',
	value: 'getFaqStats',
	name: 'Get FAQ Stats',
	action: 'Get the FAQ counts of a Captain assistant',
	description: 'Approved FAQs, open FAQ suggestions, documents, and the share of FAQs approved (coverage, in percent)',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/faq_stats',
	access: { enterprise: true, since: '4.16.1' },
	fields: [accountIdField(), assistantIdField('The assistant whose FAQ counts to get')],
	output: '',
});
