import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getContactableInboxes = defineOperation({
	resource: 'contact',
	value: 'getContactableInboxes',
	name: 'Get Contactable Inboxes',
	action: 'Get the inboxes a contact can be messaged from',
	description: 'List the inboxes a new conversation with the contact can start in, each with its source ID',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/contactable_inboxes',
	fields: [accountIdField(), contactLocator('The contact to reach')],
	paging: wholeList('payload'),
});
