import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { filterTypeOptions } from './fields';

export const getManyCustomFilters = defineOperation({
	resource: 'customFilter',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many custom filters',
	description: "List the token user's own saved filters of one type",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/custom_filters',
	fields: [
		accountIdField(),
		{
			displayName: 'Filter Type',
			name: 'filterType',
			type: 'options',
			options: filterTypeOptions,
			default: 'conversation',
			description: 'ChatWoot lists one type at a time',
			routing: { send: { type: 'query', property: 'filter_type' } },
		},
	],
	paging: wholeList(''),
});
