import { defineResource } from '../../shared/operation';
import { createContactNote } from './create';
import { deleteContactNote } from './delete';
import { getContactNote } from './get';
import { getManyContactNotes } from './getMany';
import { updateContactNote } from './update';

export const contactNote = defineResource(
	{ name: 'Contact Note', value: 'contactNote', description: 'Private notes agents keep on a contact', defaultOperation: 'create' },
	[createContactNote, deleteContactNote, getContactNote, getManyContactNotes, updateContactNote],
);
