import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { queryField, SEARCH_PAGE_SIZE } from './fields';

export const contacts = defineOperation({
	resource: 'search',
	value: 'contacts',
	name: 'Search Contacts',
	action: 'Search contacts',
	description: 'Find contacts by name, email, phone number or identifier',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/search/contacts',
	fields: [accountIdField(), queryField],
	paging: numberedPages('payload.contacts', SEARCH_PAGE_SIZE),
});
