import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';

/** What Canned Response Create and Update share. ChatWoot reads them from `canned_response`. */

export const cannedResponseIdField = (description: string) => idField('cannedResponseId', description);

export const shortCodeField: INodeProperties = bodyField('Short Code', 'shortCode', 'canned_response.short_code', {
	placeholder: 'e.g. welcome',
	description: 'What agents type after / to insert the response; unique in the account',
});

export const contentField: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	placeholder: 'e.g. Hello {{contact.name}}, thanks for reaching out!',
	description: 'The message text; ChatWoot fills in variables such as {{contact.name}} when it is used',
	routing: { send: { type: 'body', property: 'canned_response.content' } },
};
