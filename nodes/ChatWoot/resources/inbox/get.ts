import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { inboxSummary } from '../../shared/simplify';

export const getInbox = defineOperation({
	resource: 'inbox',
	value: 'get',
	name: 'Get',
	action: 'Get an inbox',
	description: 'Get one inbox with its channel\'s settings',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}',
	simplify: inboxSummary,
	fields: [accountIdField(), inboxLocator('The inbox to get')],
	output: '',
});
