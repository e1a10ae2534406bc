import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { textInBody } from './fields';

export const searchLinearIssues = defineOperation({
	resource: 'integration',
	value: 'searchLinearIssues',
	name: 'Search Linear Issues',
	action: 'Search Linear issues',
	description: 'Find Linear issues by text',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/linear/search_issue',
	fields: [accountIdField(), textInBody('Search', 'q', 'q', 'Text to look for in issue titles and identifiers', 'query')],
	paging: wholeList(''),
});
