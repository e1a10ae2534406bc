import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { documentIdField } from './fields';

export const deleteDocument = defineOperation({
	resource: 'captainDocument',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a Captain document',
	description: 'Delete a knowledge document and the FAQs made from it',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/captain/documents/{documentId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), documentIdField('The document to delete')],
});
