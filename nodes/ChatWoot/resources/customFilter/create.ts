import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { filterTypeField, nameField, parseFilterQuery, queryField } from './fields';

export const createCustomFilter = defineOperation({
	resource: 'customFilter',
	value: 'create',
	name: 'Create',
	action: 'Create a custom filter',
	description: 'Save a filter for the token user',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/custom_filters',
	fields: [accountIdField(), { ...nameField, required: true }, filterTypeField, { ...queryField, required: true }],
	preSend: [parseFilterQuery],
	output: [singleRecord],
});
