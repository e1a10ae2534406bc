import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { customFilterIdField, filterTypeField, nameField, parseFilterQuery, queryField } from './fields';

export const updateCustomFilter = defineOperation({
	resource: 'customFilter',
	value: 'update',
	name: 'Update',
	action: 'Update a custom filter',
	description: "Change a saved filter's name, type or query",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/custom_filters/{customFilterId}',
	fields: [
		accountIdField(),
		customFilterIdField('The filter to update'),
		updateFields('customFilterUpdateFields', [filterTypeField, nameField, queryField], 'Only the fields added here are sent'),
	],
	preSend: [parseFilterQuery],
	output: [singleRecord],
});
