import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';

export const getContactLabels = defineOperation({
	resource: 'contact',
	value: 'getLabels',
	name: 'Get Labels',
	action: "Get a contact's labels",
	description: "Get the titles of the contact's labels, as one item { labels: [...] }",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/labels',
	fields: [accountIdField(), contactLocator('The contact whose labels to get')],
	output: withRecordFields({ contact_id: 'contactId' }, labelsOutput),
});
