import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customFilterIdField } from './fields';

export const deleteCustomFilter = defineOperation({
	resource: 'customFilter',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom filter',
	description: "Delete one of the token user's saved filters",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/custom_filters/{customFilterId}',
	fields: [accountIdField(), customFilterIdField('The filter to delete')],
});
