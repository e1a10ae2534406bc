import nock from 'nock';

import { BASE_URL } from '../harness/executeNode';
import { recordRequest } from './recordRequest';
import type { RecordedRequest } from './recordRequest';

export type CapturedRequest = RecordedRequest;

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
			captured.push(await recordRequest(this.req.method ?? method, new URL(uri, BASE_URL), this.req.headers, rawBody(body)));
			return [reply.status, reply.body as nock.Body, reply.headers];
		});
}

/** What a test file records of the requests the node sent, checked against ChatWoot's contract after each test. */
export interface SentRequests {
	sent: CapturedRequest[];
}

/**
 * The nock set-up every operation test file needs: no real network, a fresh record per test,
 * and after each test every request checked against routes.tsv and the spec (test/contract).
 * With `everyExpectedSent`, a request a test expected but the node never sent fails the test too
 * (the triggers' tests, whose activation sends several requests in an order of its own).
 */
export function recordChatWootRequests({ everyExpectedSent = false } = {}): SentRequests {
	const state: SentRequests = { sent: [] };
	beforeAll(() => nock.disableNetConnect());
	afterAll(() => nock.restore());
	beforeEach(() => {
		state.sent = [];
	});
	afterEach(() => {
		if (everyExpectedSent) expect(nock.pendingMocks()).toEqual([]);
		nock.cleanAll();
		expect(state.sent.flatMap((request) => request.contractProblems ?? [])).toEqual([]);
	});
	return state;
}

/** Answers any request no test expected with 599 and records it, so "nothing was sent" can be asserted. */
export function tripwire(sent: CapturedRequest[]): void {
	for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
		nock(BASE_URL)
			.persist()
			.intercept(() => true, method)
			.reply(function () {
				sent.push({ method, path: this.req.path, contractProblems: [] } as unknown as CapturedRequest);
				return [599, 'unexpected request'];
			});
	}
}
