import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { cannedResponseIdField, contentField, shortCodeField } from './fields';

export const updateCannedResponse = defineOperation({
	resource: 'cannedResponse',
	value: 'update',
	name: 'Update',
	action: 'Update a canned response',
	description: "Change a canned response's short code or content",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/canned_responses/{cannedResponseId}',
	fields: [
		accountIdField(),
		cannedResponseIdField('The canned response to update'),
		updateFields('cannedResponseUpdateFields', [contentField, shortCodeField], 'Only the fields added here are sent'),
	],
	output: [singleRecord],
});
