import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const deleteContact = defineOperation({
	resource: 'contact',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact with its conversations; ChatWoot refuses while the contact is online',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
	access: { admin: true },
	fields: [accountIdField(), contactLocator('The contact to delete')],
});
