import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { customFilterIdField } from './fields';

export const getCustomFilter = defineOperation({
	resource: 'customFilter',
	value: 'get',
	name: 'Get',
	action: 'Get a custom filter',
	description: "Get one of the token user's saved filters",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/custom_filters/{customFilterId}',
	fields: [accountIdField(), customFilterIdField('The filter to get')],
	output: [singleRecord],
});
