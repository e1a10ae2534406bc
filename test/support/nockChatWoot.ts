import nock from 'nock';

import { BASE_URL } from '../harness/executeNode';
import { contractProblems } from '../contract/chatwootContract';
import { parseRequestBody } from './requestBody';
import type { ReceivedFile } from './requestBody';

export interface CapturedRequest {
	method: string;
	path: string;
	query: Record<string, unknown>;
	headers: Record<string, string>;
	contentType: string;
	body?: unknown;
	files: Record<string, ReceivedFile[]>;
	fields: Array<[string, string]>;
	/** Problems found by the contract check (routes.tsv + OpenAPI + known spec errors). */
	contractProblems: string[];
}

interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

/** nock hands non-UTF-8 bodies (binary multipart parts) to reply callbacks as hex. */
function rawBody(body: unknown): Buffer {
	if (body === undefined || body === null || body === '') return Buffer.alloc(0);
	if (typeof body !== 'string') return Buffer.from(JSON.stringify(body));
	return /^(?:[0-9a-f]{2})+$/.test(body) ? Buffer.from(body, 'hex') : Buffer.from(body, 'utf8');
}

/**
 * Intercepts one request to the test ChatWoot, records everything about it and answers with
 * `reply`. Parsing happens in the reply callback, so the node's execution finishes only after
 * the request has been captured.
 */
export function expectRequest(method: string, path: string, reply: Reply, captured: CapturedRequest[]) {
	return nock(BASE_URL)
		.intercept(path, method)
		.query(true)
		.reply(async function (uri, body) {
			const headers = Object.fromEntries(
				Object.entries(this.req.headers).map(([key, value]) => [key.toLowerCase(), String(value)]),
			);
			const url = new URL(uri, BASE_URL);
			const parsed = await parseRequestBody(headers['content-type'], rawBody(body));
			const request = {
				method: this.req.method ?? method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers,
				contentType: (headers['content-type'] ?? '').split(';')[0],
				...parsed,
			};
			captured.push({ ...request, contractProblems: contractProblems(request) });
			return [reply.status, reply.body as nock.Body, reply.headers];
		});
}
