import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { addLabelsOption, idListFrom, idsField, recordTypeField, removeLabelsOption } from './fields';

export const updateContactsInBulk = defineOperation({
	resource: 'bulkAction',
	value: 'updateContacts',
	name: 'Label Contacts',
	action: 'Label contacts in bulk',
	description: 'Add and remove labels on many contacts; ChatWoot applies it in the background',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/bulk_actions',
	fields: [
		accountIdField(),
		recordTypeField('Contact'),
		idsField('Contact IDs', 'The contacts to change, separated by commas'),
		updateFields('bulkActionUpdateFields', [addLabelsOption, removeLabelsOption], 'Only the changes added here are made'),
	],
	preSend: [idListFrom('ids', 'Contact IDs', 'ids')],
});
