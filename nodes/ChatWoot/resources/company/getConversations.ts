import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';
import { companyIdField } from './fields';

export const getCompanyConversations = defineOperation({
	resource: 'company',
	value: 'getConversations',
	name: 'Get Conversations',
	action: "Get the conversations of a company's contacts",
	description: "List the 20 latest conversations of the company's contacts that you may see",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/conversations',
	simplify: conversationSummary,
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), companyIdField('The company')],
	paging: wholeList('payload'),
});
