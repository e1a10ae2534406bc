import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { responseIdField } from './fields';

export const deleteResponse = defineOperation({
	resource: 'captainResponse',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a Captain FAQ response',
	description: 'Delete a question and answer',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/captain/assistant_responses/{responseId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), responseIdField('The response to delete')],
});
