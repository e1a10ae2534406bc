import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { companyIdField } from './fields';

export const getCompanyContacts = defineOperation({
	resource: 'company',
	value: 'getContacts',
	name: 'Get Contacts',
	action: 'Get the contacts of a company',
	description: "List a company's contacts by name",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/contacts',
	simplify: contactSummary,
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), companyIdField('The company')],
	paging: numberedPages('payload', 15),
});
