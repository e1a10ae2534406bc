import { accountIdField } from '../../shared/descriptions';
import { attributeKeysBody, attributeKeysField } from '../../shared/customAttributes';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const removeContactCustomAttributes = defineOperation({
	resource: 'contact',
	value: 'removeCustomAttributes',
	name: 'Remove Custom Attributes',
	action: 'Remove custom attributes from a contact',
	description: 'Delete some custom attribute keys from the contact, keeping the others (Update can only change or blank them)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/destroy_custom_attributes',
	fields: [accountIdField(), contactLocator('The contact to change'), attributeKeysField],
	preSend: [attributeKeysBody],
});
