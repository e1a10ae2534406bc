import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const deleteContactAvatar = defineOperation({
	resource: 'contact',
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: "Delete a contact's avatar",
	description: "Remove the contact's avatar image; outputs the contact",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/avatar',
	fields: [accountIdField(), contactLocator('The contact whose avatar to delete')],
});
