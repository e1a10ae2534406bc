import { defineResource } from '../../shared/operation';
import { deleteContactsInBulk } from './deleteContacts';
import { updateContactsInBulk } from './updateContacts';
import { updateConversationsInBulk } from './updateConversations';

export const bulkAction = defineResource(
	{ name: 'Bulk Action', value: 'bulkAction', description: 'Changes to many conversations or contacts at once', defaultOperation: 'updateConversations' },
	[deleteContactsInBulk, updateContactsInBulk, updateConversationsInBulk],
);
