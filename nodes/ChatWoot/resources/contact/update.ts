import { accountIdField, updateFields } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { avatarUpload } from '../../transport/multipart';
import { contactAttributeFields, contactBodySteps, contactFieldOptions } from './fields';

export const updateContact = defineOperation({
	resource: 'contact',
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: "Change a contact's details, avatar or custom attributes",
	method: 'PUT',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		contactLocator('The contact to update'),
		updateFields('updateFields', contactFieldOptions, 'Only the fields added here are sent; the contact keeps every other value'),
		...contactAttributeFields,
	],
	preSend: [...contactBodySteps, avatarUpload('updateFields')],
});
