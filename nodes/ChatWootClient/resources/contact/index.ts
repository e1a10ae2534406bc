import { defineResource } from '../../../ChatWoot/shared/operation';
import { createContact } from './create';
import { getContact } from './get';
import { updateContact } from './update';

export const contact = defineResource(
	{ name: 'Contact', value: 'contact', description: 'The person chatting through your front-end' },
	[createContact, getContact, updateContact],
);
