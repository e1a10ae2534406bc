import { defineResource } from '../../shared/operation';
import { addContactLabels } from './addLabels';
import { callContact } from './call';
import { createContact } from './create';
import { createContactInbox } from './createContactInbox';
import { deleteContact } from './delete';
import { deleteContactAvatar } from './deleteAvatar';
import { exportContacts } from './export';
import { filterContacts } from './filter';
import { getContact } from './get';
import { getActiveContacts } from './getActive';
import { getContactAttachments } from './getAttachments';
import { getContactBySourceId } from './getBySourceId';
import { getContactableInboxes } from './getContactableInboxes';
import { getContactConversations } from './getConversations';
import { getContactLabels } from './getLabels';
import { getManyContacts } from './getMany';
import { importContacts } from './import';
import { mergeContacts } from './merge';
import { removeContactCustomAttributes } from './removeCustomAttributes';
import { removeContactLabels } from './removeLabels';
import { searchContacts } from './search';
import { setContactLabels } from './setLabels';
import { updateContact } from './update';
import { upsertContact } from './upsert';

export const contact = defineResource(
	{ name: 'Contact', value: 'contact', description: 'People who talk to you', defaultOperation: 'update' },
	[
		addContactLabels,
		callContact,
		createContact,
		createContactInbox,
		deleteContact,
		deleteContactAvatar,
		exportContacts,
		filterContacts,
		getContact,
		getActiveContacts,
		getContactAttachments,
		getContactBySourceId,
		getContactableInboxes,
		getContactConversations,
		getContactLabels,
		getManyContacts,
		importContacts,
		mergeContacts,
		removeContactCustomAttributes,
		removeContactLabels,
		searchContacts,
		setContactLabels,
		updateContact,
		upsertContact,
	],
);
