import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getContactConversations = defineOperation({
	resource: 'contact',
	value: 'getConversations',
	name: 'Get Conversations',
	action: "Get a contact's conversations",
	description: "Get the contact's 20 latest conversations in the inboxes the token's user can see",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/conversations',
	simplify: conversationSummary,
	fields: [accountIdField(), contactLocator('The contact whose conversations to get')],
	paging: wholeList('payload'),
});
