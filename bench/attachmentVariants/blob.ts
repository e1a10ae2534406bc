/**
 * bench/attachment.ts's "blob" variant of transport/multipart: Node's own FormData with each file
 * as a Blob. A Blob can only be made from bytes in memory, so each file is read whole first.
 * Everything not redefined here is the node's own.
 */
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readAttachments as readStreamedAttachments, streamedMultipartRequest as nodeRequest } from '../../nodes/ChatWoot/transport/multipart';
import type { StreamedFile } from '../../nodes/ChatWoot/transport/multipart';

export * from '../../nodes/ChatWoot/transport/multipart';

type FileInMemory = StreamedFile & { bytes: Buffer };

async function readWhole(file: StreamedFile): Promise<FileInMemory> {
	const chunks: Uint8Array[] = [];
	for await (const chunk of file.stream()) chunks.push(chunk);
	// A file held in the item (n8n's default mode) comes as one chunk: used as it is, not copied.
	const bytes = chunks.length === 1 ? Buffer.from(chunks[0].buffer, chunks[0].byteOffset, chunks[0].byteLength) : Buffer.concat(chunks);
	return { ...file, bytes };
}

export async function readAttachments(
	context: IExecuteSingleFunctions,
	collection: string,
	partName: string,
): Promise<Array<[string, FileInMemory]> | undefined> {
	const files = await readStreamedAttachments(context, collection, partName);
	if (!files) return undefined;
	const read: Array<[string, FileInMemory]> = [];
	for (const [name, file] of files) read.push([name, await readWhole(file)]);
	return read;
}

function blobBody(fields: IDataObject, files: Array<[string, FileInMemory]>): IDataObject {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	for (const [name, file] of files) form.append(name, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }), file.fileName);
	return form as unknown as IDataObject;
}

/** The node's own request options, with this variant's body. */
export const streamedMultipartRequest: typeof nodeRequest = (requestOptions, fields, files) => ({
	...nodeRequest(requestOptions, {}, []),
	body: blobBody(fields, files as Array<[string, FileInMemory]>),
});
