import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyCannedResponses = defineOperation({
	resource: 'cannedResponse',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many canned responses',
	description: "List the account's canned responses",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/canned_responses',
	fields: [
		accountIdField(),
		filtersCollection('cannedResponseFilters', [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only responses whose short code or content contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		]),
	],
	paging: wholeList(''),
});
