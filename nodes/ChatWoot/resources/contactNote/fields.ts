import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountIdField, idField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';

export const NOTES_PATH = '/api/v1/accounts/{accountId}/contacts/{noteContactId}/notes';

/** Account and contact, for every note operation; the note's own ID too when one note is meant. */
export const noteFields = (purpose: string, withNoteId = false): INodeProperties[] => [
	accountIdField(),
	contactLocator(`The contact whose note to ${purpose}`, 'noteContactId'),
	...(withNoteId ? [idField('noteId', `The note to ${purpose}`)] : []),
];

export const contentField: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	description: 'The text of the note (Markdown is shown formatted in ChatWoot)',
};

/** ChatWoot reads the note under `note` (notes_controller.rb); an empty note is refused before sending. */
export async function noteBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const content = String(this.getNodeParameter('content', '') ?? '');
	if (!content.trim()) {
		throw new NodeOperationError(this.getNode(), 'Content is required', {
			itemIndex: this.getItemIndex(),
			description: 'Enter the text of the note. If it comes from an expression, check what it returns for this item.',
		});
	}
	return { ...requestOptions, body: { note: { content } } };
}
