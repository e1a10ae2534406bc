import { defineResource } from '../../shared/operation';
import { createUpload } from './create';

export const upload = defineResource(
	{ name: 'Upload', value: 'upload', description: 'Files stored in ChatWoot for logos and macro attachments', defaultOperation: 'create' },
	[createUpload],
);
