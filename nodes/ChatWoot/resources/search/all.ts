import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { queryField } from './fields';

export const all = defineOperation({
	resource: 'search',
	value: 'all',
	name: 'Search All',
	action: 'Search everything',
	description:
		'Search contacts, conversations, messages and articles at once; returns one item with the first 15 matches of each type in contacts, conversations, messages and articles',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/search',
	fields: [accountIdField(), queryField],
});
