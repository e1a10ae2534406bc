import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const deleteInbox = defineOperation({
	resource: 'inbox',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an inbox',
	description: 'Delete an inbox and its conversations; ChatWoot deletes them in the background',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox to delete')],
	output: '',
});
