import { defineOperation } from '../../shared/operation';
import { contentField, noteBody, noteFields, NOTES_PATH } from './fields';

export const updateContactNote = defineOperation({
	resource: 'contactNote',
	value: 'update',
	name: 'Update',
	action: 'Update a contact note',
	description: "Replace a contact note's text",
	method: 'PATCH',
	path: `${NOTES_PATH}/{noteId}`,
	fields: [...noteFields('update', true), { ...contentField, description: 'The new text of the note' }],
	preSend: [noteBody],
	output: '',
});
