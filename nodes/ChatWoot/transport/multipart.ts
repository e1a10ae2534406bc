import { BINARY_ENCODING, NodeOperationError } from 'n8n-workflow';
import type { IBinaryData, IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { listEntries } from '../shared/lists';
import { downloadNamedFile } from './download';
import { recordsAt } from './output';
import { chatWootRequest } from './request';

export interface UploadFile {
	bytes: Buffer;
	fileName: string;
	mimeType: string;
}

/** ChatWoot's avatar limit (`avatarable.rb`: 15 megabytes, in Rails' binary megabytes). */
export const AVATAR_MAX_BYTES = 15 * 1024 * 1024;

/** The image types ChatWoot stores as avatars, recognised by their first bytes, not by the file name. */
const IMAGE_SIGNATURES: Array<{ mimeType: string; extension: string; matches: (b: Buffer) => boolean }> = [
	{ mimeType: 'image/jpeg', extension: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
	{
		mimeType: 'image/png',
		extension: 'png',
		matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
	},
	{ mimeType: 'image/gif', extension: 'gif', matches: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
	{
		mimeType: 'image/webp',
		extension: 'webp',
		matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
	},
];

/**
 * The input item's binary property `propertyName`, or an error naming the field and the
 * properties the item does have, before anything is sent.
 */
export function inputBinary(context: IExecuteSingleFunctions, propertyName: string, fieldName: string): IBinaryData {
	const binaries = context.getInputData().binary ?? {};
	const binary = binaries[propertyName];
	if (binary) return binary;
	const present = Object.keys(binaries);
	throw new NodeOperationError(context.getNode(), `${fieldName}: the input item has no binary property "${propertyName}"`, {
		itemIndex: context.getItemIndex(),
		description: present.length
			? `Binary properties on this item: ${present.join(', ')}. Enter the one to send in ${fieldName}.`
			: 'This item carries no binary data. Read the file first, e.g. with "Read/Write Files from Disk" or an HTTP Request whose response format is File.',
	});
}

/**
 * Reads an image from the input item's binary property and checks it the way ChatWoot will,
 * so a wrong property name, a non-image or an oversized file fails before anything is sent.
 */
export async function readImage(
	context: IExecuteSingleFunctions,
	propertyName: string,
	fieldName: string,
): Promise<UploadFile> {
	const node = context.getNode();
	const itemIndex = context.getItemIndex();
	const binary = inputBinary(context, propertyName, fieldName);
	const bytes = await context.helpers.getBinaryDataBuffer(propertyName);
	if (bytes.length > AVATAR_MAX_BYTES) {
		throw new NodeOperationError(
			node,
			`${fieldName}: "${binary.fileName ?? propertyName}" is ${(bytes.length / 1048576).toFixed(1)} MB; ChatWoot accepts at most 15 MB`,
			{ itemIndex, description: 'Resize or compress the image (e.g. with the Edit Image node) before uploading it.' },
		);
	}
	const type = IMAGE_SIGNATURES.find((signature) => signature.matches(bytes));
	if (!type) {
		throw new NodeOperationError(
			node,
			`${fieldName}: "${binary.fileName ?? propertyName}" is not a JPEG, PNG, GIF or WebP image`,
			{
				itemIndex,
				description: `ChatWoot stores only these image types as avatars. The data's declared type is ${binary.mimeType || 'unknown'}; convert it first (e.g. with the Edit Image node).`,
			},
		);
	}
	return { bytes, fileName: binary.fileName ?? `${propertyName}.${type.extension}`, mimeType: type.mimeType };
}

/**
 * Reads any file from the input item's binary property (a PDF, a recording), checking its
 * type by the declared MIME type, so a wrong property or type fails before anything is sent.
 */
export async function readCheckedFile(
	context: IExecuteSingleFunctions,
	propertyName: string,
	fieldName: string,
	accepts: { mimeType: RegExp; kind: string; maxBytes?: number },
): Promise<UploadFile> {
	const node = context.getNode();
	const itemIndex = context.getItemIndex();
	const name = propertyName.trim();
	if (!name) {
		throw new NodeOperationError(node, `${fieldName} is empty`, {
			itemIndex,
			description: 'Enter the name of the input binary property that holds the file, e.g. data.',
		});
	}
	const binary = inputBinary(context, name, fieldName);
	const fileName = binary.fileName ?? name;
	if (!accepts.mimeType.test(binary.mimeType ?? '')) {
		throw new NodeOperationError(node, `${fieldName}: "${fileName}" is not ${accepts.kind}`, {
			itemIndex,
			description: `Its type is ${binary.mimeType || 'unknown'}; ChatWoot accepts ${accepts.kind} here.`,
		});
	}
	const bytes = await context.helpers.getBinaryDataBuffer(name);
	if (accepts.maxBytes !== undefined && bytes.length > accepts.maxBytes) {
		throw new NodeOperationError(
			node,
			`${fieldName}: "${fileName}" is ${(bytes.length / 1048576).toFixed(1)} MB; ChatWoot accepts at most ${accepts.maxBytes / 1048576} MB`,
			{ itemIndex },
		);
	}
	return { bytes, fileName, mimeType: binary.mimeType };
}

/**
 * Rails reads nested multipart fields in bracket notation (`custom_attributes[plan]`); a JSON
 * string in one field would be dropped silently by strong parameters.
 */
function appendField(form: { append(name: string, value: string): void }, name: string, value: unknown): void {
	if (value === undefined) return;
	if (Array.isArray(value)) {
		for (const entry of value) appendField(form, `${name}[]`, entry);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, entry] of Object.entries(value)) appendField(form, `${name}[${key}]`, entry);
	} else {
		form.append(name, value === null ? '' : String(value));
	}
}

/** A multipart/form-data body; n8n's HTTP helper sets the Content-Type with its boundary. */
export function multipartBody(fields: IDataObject, files: Record<string, UploadFile>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) appendField(form, name, value);
	for (const [name, file] of Object.entries(files)) {
		form.append(name, new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }), file.fileName);
	}
	return form;
}

const isNested = (value: unknown) => value !== null && typeof value === 'object';

/** The collection option `avatarUpload` reads: the input binary property that holds the image. */
export function avatarFileOption(description: string): INodeProperties {
	return {
		displayName: 'Avatar',
		name: 'avatar',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the input binary property holding a JPEG, PNG, GIF or WebP image of at most 15 MB',
		description,
	};
}

/**
 * A preSend for records with an avatar (contacts, agent bots, inboxes): when the `avatar`
 * option of the `collection` field is added, the request goes as multipart/form-data with the
 * image in an `avatar` part. Multipart turns every value into a string, so when nested values
 * are set too (custom attributes keep their numbers and booleans only in JSON), the fields are
 * saved first as JSON and the file follows in a second, file-only request; for a create
 * (`createdIdAt`: where the new record's ID is in the first response) that second request
 * is a PATCH of the record just created.
 */
export function avatarUpload(collection: string, { createdIdAt }: { createdIdAt?: string } = {}) {
	return async function sendAvatarAsMultipart(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// Whether the field was added is read from the raw parameters: resolving the whole collection would evaluate every expression in it again.
		const added = (this.getNode().parameters[collection] as IDataObject | undefined)?.avatar !== undefined;
		if (!added) return requestOptions;
		const propertyName = String(this.getNodeParameter(`${collection}.avatar`, '')).trim();
		if (!propertyName) {
			throw new NodeOperationError(this.getNode(), 'Avatar is empty', {
				itemIndex: this.getItemIndex(),
				description: 'Enter the name of the input binary property that holds the image, e.g. data, or remove the Avatar field.',
			});
		}
		const fields = (requestOptions.body ?? {}) as IDataObject;
		if (fields.avatar_url !== undefined) {
			throw new NodeOperationError(this.getNode(), 'Set either Avatar or Avatar URL, not both', {
				itemIndex: this.getItemIndex(),
				description: 'Avatar uploads the image from the input item; Avatar URL makes ChatWoot download one. Remove one of them.',
			});
		}
		const avatar = await readImage(this, propertyName, 'Avatar');
		if (!Object.values(fields).some(isNested)) {
			return { ...requestOptions, body: multipartBody(fields, { avatar }) };
		}
		const saved = await chatWootRequest.call(this, { ...requestOptions, body: fields });
		const upload = { ...requestOptions, body: multipartBody({}, { avatar }) };
		if (!createdIdAt) return upload;
		const createdId = recordsAt(saved, createdIdAt)[0];
		return { ...upload, method: 'PATCH', url: `${requestOptions.url}/${String(createdId)}` };
	};
}

/**
 * A file for a streamed multipart body: its bytes are read only while the request is sent,
 * from n8n's binary storage, and again if n8n sends the request a second time.
 */
export interface StreamedFile {
	fileName: string;
	mimeType: string;
	size: number;
	/** The file's bytes, opened anew for every read. */
	stream: () => AsyncIterable<Uint8Array>;
}

/**
 * The size of the chunks a stored file is read in while it is sent. Each chunk is a buffer
 * outside V8's heap, freed only by a garbage collection, and V8 lets tens of megabytes of them
 * pile up when they are large: sending 40 MB with n8n's 64 KB default grew the process by
 * ≈30 MB, with 16 KB chunks (the socket's own buffer size) by ≈16 MB (bench/README.md).
 */
const STREAM_CHUNK_BYTES = 16 * 1024;

/**
 * Reads a file of any type from the input item's binary property without loading it: a file in
 * n8n's binary storage (filesystem or S3 mode) is streamed from there when the request is
 * sent; a file held in the item itself (n8n's in-memory mode) is already in memory and is used
 * as it is.
 */
export async function readBinaryFile(
	context: IExecuteSingleFunctions,
	propertyName: string,
	fieldName: string,
): Promise<StreamedFile> {
	return await storedFile(context, inputBinary(context, propertyName, fieldName), propertyName);
}

/** A file n8n holds (`binary`, an item's or one just downloaded) as a StreamedFile, named `fallbackName` when it has no name. */
async function storedFile(context: IExecuteSingleFunctions, binary: IBinaryData, fallbackName: string): Promise<StreamedFile> {
	const fileName = binary.fileName ?? fallbackName;
	const mimeType = binary.mimeType || 'application/octet-stream';
	if (binary.id) {
		const { id } = binary;
		const { fileSize } = await context.helpers.getBinaryMetadata(id);
		return {
			fileName,
			mimeType,
			size: fileSize,
			stream: async function* () {
				yield* await context.helpers.getBinaryStream(id, STREAM_CHUNK_BYTES);
			},
		};
	}
	const bytes = Buffer.from(binary.data, BINARY_ENCODING);
	return {
		fileName,
		mimeType,
		size: bytes.length,
		stream: async function* () {
			yield bytes;
		},
	};
}

/**
 * The two options `readAttachments` reads: Attachments (binary property names) and Attachment
 * URLs (files the node downloads first, for a workflow whose items carry no binary data).
 */
export function attachmentOptions(description: string): INodeProperties[] {
	return [
		{
			displayName: 'Attachment URLs',
			name: 'attachmentUrls',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/invoice.pdf',
			hint: 'Files to download and send, separated by commas or new lines; nothing but the URL is sent to them',
			description,
		},
		{
			displayName: 'Attachments',
			name: 'attachments',
			type: 'string',
			default: 'data',
			placeholder: 'e.g. data, invoice',
			hint: 'The names of the input binary properties holding the files, separated by commas',
			description,
		},
	];
}

/** The entries of a list option (names or URLs separated by commas or new lines), or an error when it was added empty. */
function listedEntries(context: IExecuteSingleFunctions, collection: string, option: string, fieldName: string, example: string): string[] {
	const entries = listEntries(context.getNodeParameter(`${collection}.${option}`, ''));
	if (!entries.length) {
		throw new NodeOperationError(context.getNode(), `${fieldName} is empty`, {
			itemIndex: context.getItemIndex(),
			description: `Enter ${example}, or remove the ${fieldName} field.`,
		});
	}
	return entries;
}

/** An Attachment URL, or an error naming it when it is not an http(s) address. */
function attachmentUrl(context: IExecuteSingleFunctions, url: string): URL {
	let parsed: URL | undefined;
	try {
		parsed = new URL(url);
	} catch {
		parsed = undefined;
	}
	if (!parsed || !/^https?:$/.test(parsed.protocol)) {
		throw new NodeOperationError(context.getNode(), `Attachment URLs: "${url}" is not an http(s) URL`, {
			itemIndex: context.getItemIndex(),
			description: 'Enter full addresses such as https://example.com/invoice.pdf, separated by commas.',
		});
	}
	return parsed;
}

/**
 * The files of a collection's Attachments (binary property names) and Attachment URLs options,
 * each as a `partName` part: binary files streamed from n8n's storage, URLs downloaded first.
 * None when neither option was added; an option added but left empty is refused, as is a
 * property the item does not have or a URL that does not answer with a file.
 */
export async function readAttachments(
	context: IExecuteSingleFunctions,
	collection: string,
	partName: string,
): Promise<Array<[string, StreamedFile]> | undefined> {
	// Whether an option was added is read from the raw parameters, as for avatars.
	const added = (context.getNode().parameters[collection] ?? {}) as IDataObject;
	if (added.attachments === undefined && added.attachmentUrls === undefined) return undefined;
	const files: Array<[string, StreamedFile]> = [];
	if (added.attachments !== undefined) {
		const names = listedEntries(context, collection, 'attachments', 'Attachments', 'the names of the input binary properties holding the files, separated by commas (e.g. data, invoice)');
		for (const name of names) files.push([partName, await readBinaryFile(context, name, 'Attachments')]);
	}
	if (added.attachmentUrls !== undefined) {
		const urls = listedEntries(context, collection, 'attachmentUrls', 'Attachment URLs', 'the addresses of the files, separated by commas (e.g. https://example.com/invoice.pdf)');
		const parsed = urls.map((url) => attachmentUrl(context, url));
		for (const url of parsed) files.push([partName, await storedFile(context, await downloadNamedFile(context, url, 'Attachment URLs'), 'attachment')]);
	}
	return files;
}

/**
 * A multipart/form-data body whose files are streamed. It has the shape of a WHATWG FormData
 * (`append`, `entries`, the `FormData` tag), which n8n's HTTP client (axios) serializes part by
 * part with the Content-Length computed from the parts' sizes, reading each file part through
 * its `stream()`. A real FormData would need each file as a Blob, and in node code a Blob can
 * only be made from bytes in memory.
 */
class StreamedFormData {
	private readonly parts: Array<[string, string | StreamedPart]> = [];

	get [Symbol.toStringTag]() {
		return 'FormData';
	}

	append(name: string, value: string | StreamedPart): void {
		this.parts.push([name, value]);
	}

	entries(): IterableIterator<[string, string | StreamedPart]> {
		return this.parts[Symbol.iterator]();
	}

	[Symbol.iterator]() {
		return this.entries();
	}
}

/** A file part as axios reads a Blob: `name` (file name), `type`, `size`, `stream()`. */
interface StreamedPart {
	name: string;
	type: string;
	size: number;
	stream: () => AsyncIterable<Uint8Array>;
}

/**
 * A multipart body of `fields` (nested values in Rails' bracket notation, as `multipartBody`)
 * followed by `files`, each a `[part name, file]` pair; a name may repeat (`attachments[]`).
 */
function streamedMultipartBody(fields: IDataObject, files: Array<[string, StreamedFile]>): IDataObject {
	const form = new StreamedFormData();
	for (const [name, value] of Object.entries(fields)) appendField(form, name, value);
	for (const [name, file] of files) {
		form.append(name, { name: file.fileName, type: file.mimeType, size: file.size, stream: file.stream });
	}
	// n8n's request options type bodies as plain objects; axios recognises the form by its shape.
	return form as unknown as IDataObject;
}

/**
 * `requestOptions` sending `streamedMultipartBody(fields, files)`, with redirects not followed:
 * to replay a body after a redirect, axios's redirect support (follow-redirects) keeps every
 * chunk it sent until the answer comes, which holds the whole file in memory (bench/README.md,
 * Attachment memory). ChatWoot's API does not redirect; a proxy that does (http to https) would
 * turn the POST into a GET without the file, so its 3xx is better reported as it is.
 */
export function streamedMultipartRequest(
	requestOptions: IHttpRequestOptions,
	fields: IDataObject,
	files: Array<[string, StreamedFile]>,
): IHttpRequestOptions {
	return { ...requestOptions, body: streamedMultipartBody(fields, files), disableFollowRedirect: true };
}
