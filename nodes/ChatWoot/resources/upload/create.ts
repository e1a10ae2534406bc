import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { multipartBody } from '../../transport/multipart';

/** The file goes as the multipart part `attachment`; a URL goes as `external_url` for ChatWoot to fetch. */
async function uploadBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fail = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex(), description });
	if (this.getNodeParameter('source', 'binary') === 'url') {
		const url = String(this.getNodeParameter('externalUrl', '')).trim();
		if (!/^https?:\/\/[^\s/]+[^\s]*$/i.test(url)) {
			throw fail(`File URL must be an http:// or https:// address, not "${url}"`, 'Enter the full public address of the file, e.g. https://example.com/logo.png.');
		}
		return { ...requestOptions, body: { external_url: url } };
	}
	const propertyName = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
	const binary = this.getInputData().binary?.[propertyName];
	if (!binary) {
		const present = Object.keys(this.getInputData().binary ?? {});
		throw fail(
			`Input Binary Field: the input item has no binary property "${propertyName}"`,
			present.length ? `Binary properties on this item: ${present.join(', ')}.` : 'This item carries no binary data; read or download the file first.',
		);
	}
	const bytes = await this.helpers.getBinaryDataBuffer(propertyName);
	const attachment = { bytes, fileName: binary.fileName ?? propertyName, mimeType: binary.mimeType || 'application/octet-stream' };
	return { ...requestOptions, body: multipartBody({}, { attachment }) };
}

export const createUpload = defineOperation({
	resource: 'upload',
	value: 'create',
	name: 'Upload',
	action: 'Upload a file',
	description:
		'Store a file in ChatWoot and get its URL and Blob ID, for portal logos and for the Send Attachment action of macros and automation rules. ChatWoot allows 60 uploads per hour per account.',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/upload',
	fields: [
		accountIdField(),
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			options: [
				{ name: 'Binary File', value: 'binary', description: 'A file of the input item' },
				{ name: 'URL', value: 'url', description: 'A public address ChatWoot downloads the file from' },
			],
			default: 'binary',
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the input binary field containing the file to be uploaded',
			displayOptions: { show: { source: ['binary'] } },
		},
		{
			displayName: 'File URL',
			name: 'externalUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/logo.png',
			displayOptions: { show: { source: ['url'] } },
		},
	],
	preSend: [uploadBody],
	output: '',
});
