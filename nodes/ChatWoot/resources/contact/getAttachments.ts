import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';

export const getContactAttachments = defineOperation({
	resource: 'contact',
	value: 'getAttachments',
	name: 'Get Attachments',
	action: "Get a contact's attachments",
	description: "List the files shared in the contact's conversations, newest first, each with its conversation ID",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/attachments',
	access: { since: '4.14.0' },
	fields: [accountIdField(), contactLocator('The contact whose attachments to get')],
	// 100 a page, with the total in meta.total_count (contacts/attachments_controller.rb).
	paging: numberedPages('payload', 100),
});
