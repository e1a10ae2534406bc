import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { labelsField } from './fields';
import { addingLabels, changeLabels, requireLabels } from '../../shared/labels';

export const addContactLabels = defineOperation({
	resource: 'contact',
	value: 'addLabels',
	name: 'Add Labels',
	action: 'Add labels to a contact',
	description: 'Add labels to the contact, keeping the ones it has; outputs { labels: [...] }',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/labels',
	fields: [accountIdField(), contactLocator('The contact to label'), { ...labelsField('The labels to add'), required: true }],
	preSend: [requireLabels('Labels')],
	output: withRecordFields({ contact_id: 'contactId' }, labelsOutput),
	send: changeLabels('/api/v1/accounts/{accountId}/contacts/{contactId}/labels', 'contactId', addingLabels),
});
