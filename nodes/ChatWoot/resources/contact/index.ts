import { defineResource } from '../../shared/operation';
import { updateContact } from './update';

export const contact = defineResource(
	{ name: 'Contact', value: 'contact', description: 'People who talk to you', defaultOperation: 'update' },
	[updateContact],
);
