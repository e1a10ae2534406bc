import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { documentIdField } from './fields';

export const getDocument = defineOperation({
	resource: 'captainDocument',
	value: 'get',
	name: 'Get',
	action: 'Get a Captain document',
	description: 'Get one knowledge document and its status',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/documents/{documentId}',
	access: { enterprise: true },
	fields: [accountIdField(), documentIdField('The document to get')],
	output: '',
});
