import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { multipartBody, readCheckedFile } from '../../transport/multipart';
import { defineSort } from '../../shared/sort';

export const documentIdField = (description: string) => idField('documentId', description);

/** Where the document's content comes from: a web page ChatWoot crawls, or a PDF uploaded from the input item. */
export const documentSourceFields: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		options: [
			{ name: 'Web Page', value: 'url', description: 'ChatWoot crawls the page in the background' },
			{ name: 'PDF File', value: 'pdf', description: 'A PDF from the input item' },
		],
		default: 'url',
	},
	{
		displayName: 'URL',
		name: 'externalLink',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/help/shipping',
		displayOptions: { show: { source: ['url'] } },
		routing: { send: { type: 'body', property: 'document.external_link' } },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the PDF',
		displayOptions: { show: { source: ['pdf'] } },
	},
];

/** A PDF goes as multipart/form-data with the file in `document[pdf_file]`, next to the other `document[…]` fields. */
export async function sendPdfAsMultipart(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('source', 'url') !== 'pdf') return requestOptions;
	const file = await readCheckedFile(this, String(this.getNodeParameter('binaryPropertyName', '')), 'Input Binary Field', {
		mimeType: /^application\/pdf$/i,
		kind: 'a PDF file',
	});
	return { ...requestOptions, body: multipartBody((requestOptions.body ?? {}) as IDataObject, { 'document[pdf_file]': file }) };
}

/** Refuses a URL that is not an http(s) address: ChatWoot would accept it and fail in its crawl job. */
export async function checkExternalLink(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const link = ((requestOptions.body as IDataObject | undefined)?.document as IDataObject | undefined)?.external_link;
	if (link !== undefined && !/^https?:\/\/\S+$/i.test(String(link).trim())) {
		throw new NodeOperationError(this.getNode(), `URL must be an http:// or https:// address, not "${String(link)}"`, {
			itemIndex: this.getItemIndex(),
			description: 'Enter the full address of the web page, e.g. https://example.com/help.',
		});
	}
	return requestOptions;
}

/** ChatWoot versions differ in how they answer a create: the bare document, or `{ document, message }`. */
export async function createdDocument(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as IDataObject;
	const document = body && typeof body.document === 'object' ? (body.document as IDataObject) : body;
	return [{ json: document }];
}

/**
 * The Sort collection of Get Many: since 4.14.0 ChatWoot takes `sort=recently_created` and lists
 * the latest updated first otherwise (`apply_sort` in the Enterprise captain/documents_controller.rb;
 * the dashboard sends `recently_updated`, DocumentFiltersBar.vue). 4.11–4.13 take no sort.
 */
export const captainDocumentSort = defineSort({
	resource: 'captainDocument',
	keys: [
		{ name: 'Recently Created', value: 'recently_created', description: 'The newest first', fixed: true, since: '4.14.0' },
		{ name: 'Recently Updated', value: 'recently_updated', description: 'The latest updated first', fixed: true, since: '4.14.0' },
	],
	defaultKey: 'recently_updated',
	defaultDirection: 'desc',
	toQuery: (key) => ({ sort: key }),
	unsorted: 'Without it ChatWoot 4.14+ lists the latest updated first',
});
