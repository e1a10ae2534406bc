import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { queryField, SEARCH_PAGE_SIZE } from './fields';

export const articles = defineOperation({
	resource: 'search',
	value: 'articles',
	name: 'Search Articles',
	action: 'Search help center articles',
	description: 'Find published help center articles by text',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/search/articles',
	fields: [accountIdField(), queryField],
	paging: numberedPages('payload.articles', SEARCH_PAGE_SIZE),
});
