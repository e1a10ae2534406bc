import { defineResource } from '../../shared/operation';
import { createDocument } from './create';
import { deleteDocument } from './delete';
import { getDocument } from './get';
import { getManyDocuments } from './getMany';
import { syncDocument } from './sync';

export const captainDocument = defineResource(
	{ name: 'Captain Document', value: 'captainDocument', description: 'Web pages and PDFs Captain assistants learn from' },
	[createDocument, deleteDocument, getDocument, getManyDocuments, syncDocument],
);
