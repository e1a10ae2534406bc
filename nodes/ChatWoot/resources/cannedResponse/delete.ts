import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { cannedResponseIdField } from './fields';

export const deleteCannedResponse = defineOperation({
	resource: 'cannedResponse',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a canned response',
	description: 'Delete a canned response',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/canned_responses/{cannedResponseId}',
	fields: [accountIdField(), cannedResponseIdField('The canned response to delete')],
});
