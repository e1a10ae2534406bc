import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';

export const getContact = defineOperation({
	resource: 'contact',
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: "Get a contact's details, custom attributes and inboxes",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
	simplify: contactSummary,
	fields: [accountIdField(), contactLocator('The contact to get')],
});
