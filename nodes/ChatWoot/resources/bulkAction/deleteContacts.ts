import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { idListFrom, idsField, recordTypeField } from './fields';

export const deleteContactsInBulk = defineOperation({
	resource: 'bulkAction',
	value: 'deleteContacts',
	name: 'Delete Contacts',
	action: 'Delete contacts in bulk',
	description:
		'Delete many contacts with their conversations; ChatWoot deletes them in the background. Needs an administrator (ChatWoot answers 401 otherwise).',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/bulk_actions',
	fields: [
		accountIdField(),
		recordTypeField('Contact'),
		{
			displayName: 'Action Name',
			name: 'actionName',
			type: 'hidden',
			default: 'delete',
			routing: { send: { type: 'body', property: 'action_name' } },
		},
		idsField('Contact IDs', 'The contacts to delete, separated by commas'),
	],
	preSend: [idListFrom('ids', 'Contact IDs', 'ids')],
});
