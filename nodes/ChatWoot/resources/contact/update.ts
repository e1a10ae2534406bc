import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { avatarUpload } from '../../transport/multipart';
import { checkAvatarUrl, contactFieldOptions, parseCustomAttributes } from './fields';

export const updateContact = defineOperation({
	resource: 'contact',
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: "Change a contact's details, avatar or custom attributes",
	method: 'PUT',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
	fields: [
		accountIdField(),
		contactLocator('The contact to update'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; the contact keeps every other value',
			options: contactFieldOptions,
		},
	],
	preSend: [parseCustomAttributes, checkAvatarUrl, avatarUpload('updateFields')],
});
