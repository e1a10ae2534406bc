import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { companyIdField } from './fields';

export const searchContactsToAdd = defineOperation({
	resource: 'company',
	value: 'searchContacts',
	name: 'Search Contacts to Add',
	action: 'Search contacts to add to a company',
	description: 'Find contacts outside the company by name, email, phone number or identifier',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/contacts/search',
	simplify: contactSummary,
	access: { enterprise: true, since: '4.14.0' },
	fields: [
		accountIdField(),
		companyIdField('The company'),
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			description: 'Text the name, email, phone number or identifier contains',
			routing: { send: { type: 'query', property: 'q' } },
		},
	],
	paging: numberedPages('payload', 15),
});
