import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';
import { firstNonId, listEntries } from '../../shared/lists';

/** What Captain FAQ Response operations share. ChatWoot reads them under `assistant_response`. */

export const responseIdField = (description: string) => idField('responseId', description);

export const questionOption: INodeProperties = bodyField('Question', 'question', 'assistant_response.question');

/** An FAQ's answer, sent as `property`; Captain FAQ Suggestion sends it under its own key. */
export const answerField = (property: string): INodeProperties => ({
	displayName: 'Answer',
	name: 'answer',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	routing: { send: { type: 'body', property } },
});

export const answerOption: INodeProperties = answerField('assistant_response.answer');

/** ChatWoot's `search` filter of FAQ lists: a substring of the question or the answer (ILIKE). */
export const faqSearchFilter: INodeProperties = {
	displayName: 'Search',
	name: 'search',
	type: 'string',
	default: '',
	description: 'Text the question or answer contains',
	routing: { send: { type: 'query', property: 'search' } },
};

export const statusOption: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Approved', value: 'approved' },
		{ name: 'Pending', value: 'pending' },
	],
	default: 'approved',
	description: 'Only approved responses are used by the assistant',
	routing: { send: { type: 'body', property: 'assistant_response.status' } },
};

export const bulkFields: INodeProperties[] = [
	{
		displayName: 'Action',
		name: 'bulkStatus',
		type: 'options',
		options: [
			{ name: 'Approve', value: 'approve', description: 'Approve the pending ones among them' },
			{ name: 'Delete', value: 'delete' },
		],
		default: 'approve',
		routing: { send: { type: 'body', property: 'fields.status' } },
	},
	{
		displayName: 'Response IDs',
		name: 'responseIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 12, 13, 20',
		description: 'The IDs of the responses, separated by commas (or an array from an expression)',
	},
];

/** ChatWoot's bulk action reads `{ type, ids: [], fields: { status } }`; the IDs are checked here before sending. */
export async function sendBulkIds(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('responseIds', '') as string | number | Array<string | number>;
	const entries = listEntries(raw);
	const wrong = firstNonId(entries);
	if (!entries.length || wrong !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			entries.length ? `Response IDs must be positive whole numbers, not "${wrong}"` : 'Response IDs is required',
			{ itemIndex: this.getItemIndex(), description: 'Enter the IDs separated by commas, e.g. 12, 13, 20.' },
		);
	}
	const body = (requestOptions.body ?? {}) as IDataObject;
	return { ...requestOptions, body: { type: 'AssistantResponse', ids: entries.map(Number), ...body } };
}
