import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { queryField, SEARCH_PAGE_SIZE } from './fields';

export const conversations = defineOperation({
	resource: 'search',
	value: 'conversations',
	name: 'Search Conversations',
	action: 'Search conversations',
	description: "Find conversations by number or by their contact's name, email, phone number or identifier, newest first",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/search/conversations',
	fields: [accountIdField(), queryField],
	paging: numberedPages('payload.conversations', SEARCH_PAGE_SIZE),
});
