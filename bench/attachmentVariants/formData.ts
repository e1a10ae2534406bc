/**
 * bench/attachment.ts's "form-data" variant of transport/multipart: the form-data package (the
 * build resolves it to n8n's own copy), streaming each file from n8n's binary storage as the
 * node does. Everything not redefined here is the node's own.
 */
import FormDataPackage from 'form-data';
import type { IDataObject } from 'n8n-workflow';
import { Readable } from 'stream';

import { streamedMultipartRequest as nodeRequest } from '../../nodes/ChatWoot/transport/multipart';
import type { StreamedFile } from '../../nodes/ChatWoot/transport/multipart';

export * from '../../nodes/ChatWoot/transport/multipart';

function formDataBody(fields: IDataObject, files: Array<[string, StreamedFile]>): IDataObject {
	const form = new FormDataPackage();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	for (const [name, file] of files) {
		form.append(name, Readable.from(file.stream()), { filename: file.fileName, contentType: file.mimeType, knownLength: file.size });
	}
	return form as unknown as IDataObject;
}

/** The node's own request options, with this variant's body. */
export const streamedMultipartRequest: typeof nodeRequest = (requestOptions, fields, files) => ({
	...nodeRequest(requestOptions, {}, []),
	body: formDataBody(fields, files),
});
