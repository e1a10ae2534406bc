import { defineOperation } from '../../shared/operation';
import { noteFields, NOTES_PATH } from './fields';

export const deleteContactNote = defineOperation({
	resource: 'contactNote',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact note',
	description: 'Delete a note of a contact',
	method: 'DELETE',
	path: `${NOTES_PATH}/{noteId}`,
	fields: noteFields('delete', true),
});
