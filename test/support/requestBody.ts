import busboy from 'busboy';
import { parse as parseBrackets } from 'qs';
import { Readable } from 'stream';

export interface ReceivedFile {
	fileName: string;
	contentType: string;
	bytes: Buffer;
}

export interface ParsedBody {
	/** JSON body, or multipart fields folded the way Rails folds `a[b][c]` and `a[]`. */
	body?: unknown;
	/** Multipart file parts, by field name. */
	files: Record<string, ReceivedFile[]>;
	/** Multipart field names in the order they were sent, with their raw string values. */
	fields: Array<[string, string]>;
}

/** Parses a request body the way ChatWoot's Rails stack reads it, for the mock server and for nock checks. */
export async function parseRequestBody(contentType: string | undefined, raw: Buffer): Promise<ParsedBody> {
	const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
	if (raw.length === 0) return { files: {}, fields: [] };
	if (type === 'multipart/form-data') return await parseMultipart(contentType!, raw);
	if (type === 'application/json') return { body: JSON.parse(raw.toString('utf8')), files: {}, fields: [] };
	return { body: raw.toString('utf8'), files: {}, fields: [] };
}

async function parseMultipart(contentType: string, raw: Buffer): Promise<ParsedBody> {
	const fields: Array<[string, string]> = [];
	const files: Record<string, ReceivedFile[]> = {};
	await new Promise<void>((resolve, reject) => {
		const parser = busboy({ headers: { 'content-type': contentType }, limits: { fileSize: 64 * 1024 * 1024 } });
		parser.on('field', (name, value) => fields.push([name, value]));
		parser.on('file', (name, stream, info) => {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				(files[name] ??= []).push({ fileName: info.filename, contentType: info.mimeType, bytes: Buffer.concat(chunks) });
			});
		});
		parser.on('close', resolve);
		parser.on('error', reject);
		Readable.from([raw]).pipe(parser);
	});
	const encoded = new URLSearchParams(fields).toString();
	return { body: parseBrackets(encoded, { depth: 10, arrayLimit: 1000 }), files, fields };
}
