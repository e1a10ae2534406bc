import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { inboxSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getManyInboxes = defineOperation({
	resource: 'inbox',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many inboxes',
	description: 'List the inboxes the token\'s user is a member of (every inbox for administrators)',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes',
	simplify: inboxSummary,
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
