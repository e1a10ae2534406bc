import { defineOperation } from '../../shared/operation';
import { contentField, noteBody, noteFields, NOTES_PATH } from './fields';

export const createContactNote = defineOperation({
	resource: 'contactNote',
	value: 'create',
	name: 'Add',
	action: 'Add a note to a contact',
	description: 'Add a private note to a contact, written by the token\'s user',
	method: 'POST',
	path: NOTES_PATH,
	fields: [...noteFields('add'), contentField],
	preSend: [noteBody],
	output: '',
});
