import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const deleteNotion = defineOperation({
	resource: 'integration',
	value: 'deleteNotion',
	name: 'Disconnect Notion',
	action: 'Disconnect Notion',
	description: 'Remove the Notion integration from the account',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/integrations/notion',
	fields: [accountIdField()],
});
