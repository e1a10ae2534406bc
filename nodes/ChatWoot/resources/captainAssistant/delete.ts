import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from './fields';

export const deleteAssistant = defineOperation({
	resource: 'captainAssistant',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a Captain assistant',
	description: 'Delete a Captain assistant with its documents and FAQs',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant to delete')],
});
