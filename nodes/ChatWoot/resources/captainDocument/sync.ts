import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { documentIdField } from './fields';

export const syncDocument = defineOperation({
	resource: 'captainDocument',
	value: 'sync',
	name: 'Sync',
	action: 'Sync a Captain document',
	description: 'Crawl a web document again to pick up its changes; ChatWoot does it in the background',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/documents/{documentId}/sync',
	access: { admin: true, enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), documentIdField('The web document to crawl again')],
	output: '',
});
