import { defineOperation } from '../../shared/operation';
import { noteFields, NOTES_PATH } from './fields';

export const getContactNote = defineOperation({
	resource: 'contactNote',
	value: 'get',
	name: 'Get',
	action: 'Get a contact note',
	description: 'Get one note of a contact',
	method: 'GET',
	path: `${NOTES_PATH}/{noteId}`,
	fields: noteFields('get', true),
	output: '',
});
