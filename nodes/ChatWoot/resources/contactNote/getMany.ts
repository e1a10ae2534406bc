import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { noteFields, NOTES_PATH } from './fields';

export const getManyContactNotes = defineOperation({
	resource: 'contactNote',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many contact notes',
	description: "List a contact's notes, newest first",
	method: 'GET',
	path: NOTES_PATH,
	fields: noteFields('list'),
	paging: wholeList(''),
});
