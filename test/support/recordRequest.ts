import { contractProblems } from '../contract/chatwootContract';
import { parseRequestBody } from './requestBody';
import type { ReceivedFile } from './requestBody';

/** A request as ChatWoot would read it, with what the contract check found wrong with it. */
export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	/** Header names lower-cased. */
	headers: Record<string, string>;
	/** The media type alone, without parameters such as the multipart boundary. */
	contentType: string;
	body?: unknown;
	files: Record<string, ReceivedFile[]>;
	fields: Array<[string, string]>;
	/** Problems found by the contract check (routes.tsv + OpenAPI + known spec errors); empty when it fits. */
	contractProblems: string[];
}

/** Parses and checks one request; used by the nock interceptors and the mock server alike. */
export async function recordRequest(
	method: string,
	url: URL,
	rawHeaders: Record<string, unknown>,
	rawBody: Buffer,
): Promise<RecordedRequest> {
	const headers = Object.fromEntries(
		Object.entries(rawHeaders).map(([key, value]) => [key.toLowerCase(), String(value)]),
	);
	const request = {
		method: method.toUpperCase(),
		path: url.pathname,
		query: Object.fromEntries(url.searchParams),
		headers,
		contentType: (headers['content-type'] ?? '').split(';')[0].trim(),
		...(await parseRequestBody(headers['content-type'], rawBody)),
	};
	return { ...request, contractProblems: contractProblems(request) };
}
