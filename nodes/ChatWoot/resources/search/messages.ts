import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { queryField, SEARCH_PAGE_SIZE } from './fields';

export const messages = defineOperation({
	resource: 'search',
	value: 'messages',
	name: 'Search Messages',
	action: 'Search messages',
	description: 'Find messages of the last three months by their text, newest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/search/messages',
	fields: [accountIdField(), queryField],
	paging: numberedPages('payload.messages', SEARCH_PAGE_SIZE),
});
