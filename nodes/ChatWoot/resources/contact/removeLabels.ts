import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { labelsField } from './fields';
import { removingLabels, changeLabels, requireLabels } from '../../shared/labels';

export const removeContactLabels = defineOperation({
	resource: 'contact',
	value: 'removeLabels',
	name: 'Remove Labels',
	action: 'Remove labels from a contact',
	description: 'Remove labels from the contact, keeping the others; outputs { labels: [...] }',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/labels',
	fields: [accountIdField(), contactLocator('The contact to unlabel'), { ...labelsField('The labels to remove'), required: true }],
	preSend: [requireLabels('Labels')],
	output: withRecordFields({ contact_id: 'contactId' }, labelsOutput),
	send: changeLabels('/api/v1/accounts/{accountId}/contacts/{contactId}/labels', 'contactId', removingLabels),
});
