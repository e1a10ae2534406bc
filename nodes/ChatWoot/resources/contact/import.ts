import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { multipartBody } from '../../transport/multipart';

/** The CSV from the item's binary property, as the `import_file` part ChatWoot reads (API-NOTES §7). */
async function csvUpload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const propertyName = String(this.getNodeParameter('binaryPropertyName', '')).trim();
	const binaries = this.getInputData().binary ?? {};
	const binary = binaries[propertyName];
	if (!binary) {
		const present = Object.keys(binaries);
		throw new NodeOperationError(
			this.getNode(),
			propertyName ? `Input Binary Field: the input item has no binary property "${propertyName}"` : 'Input Binary Field is empty',
			{
				itemIndex: this.getItemIndex(),
				description: present.length
					? `Binary properties on this item: ${present.join(', ')}. Enter one of them in Input Binary Field.`
					: 'This item carries no binary data. Read the CSV first, e.g. with "Read/Write Files from Disk" or "Convert to File".',
			},
		);
	}
	const bytes = await this.helpers.getBinaryDataBuffer(propertyName);
	const file = { bytes, fileName: binary.fileName ?? 'contacts.csv', mimeType: 'text/csv' };
	return { ...requestOptions, body: multipartBody({}, { import_file: file }) };
}

export const importContacts = defineOperation({
	resource: 'contact',
	value: 'import',
	name: 'Import',
	action: 'Import contacts from a CSV file',
	description:
		'Upload a CSV of contacts (columns such as name, email, phone_number, identifier); ChatWoot imports it in the background and emails the result',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/import',
	access: { admin: true },
	fields: [
		accountIdField(),
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary property holding the CSV file',
		},
	],
	preSend: [csvUpload],
});
