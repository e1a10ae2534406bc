import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { contentField, shortCodeField } from './fields';

export const createCannedResponse = defineOperation({
	resource: 'cannedResponse',
	value: 'create',
	name: 'Create',
	action: 'Create a canned response',
	description: 'Add a saved reply that agents insert by its short code',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/canned_responses',
	fields: [accountIdField(), { ...shortCodeField, required: true }, { ...contentField, required: true }],
	output: [singleRecord],
});
