import type { ICredentialDataDecryptedObject, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';

import { ACCESS_TOKEN, executeNode } from '../harness/executeNode';
import { expectRequest, tripwire } from './nockChatWoot';
import type { SentRequests } from './nockChatWoot';

/** Which node runs and with which credential: the ChatWoot node with a user's token unless given. */
export interface RunWith {
	nodeType?: INodeType;
	credentials?: ICredentialDataDecryptedObject;
	items?: INodeExecutionData[];
	/** The node version the workflow saved (1 unless given). */
	typeVersion?: number;
}

/** One operation run against one expected request: what it must send and what it must output. */
export interface OperationCase extends RunWith {
	/** The test's name, for tables run by `expectOperationCases`. */
	label?: string;
	parameters: INodeParameters;
	method: string;
	path: string;
	query?: Record<string, string>;
	/** The JSON body ChatWoot must receive; undefined for a bodiless request. */
	body?: unknown;
	/** ChatWoot's answer body; none by default. */
	reply?: unknown;
	status?: number;
	replyHeaders?: Record<string, string>;
	output: unknown[];
}

/**
 * Runs the node once and checks the exact request (method, path, query, token header, JSON
 * body) and the output items.
 */
export async function expectOperation(requests: SentRequests, expected: OperationCase): Promise<void> {
	const { parameters, items, nodeType, credentials, typeVersion } = expected;
	const scope = expectRequest(expected.method, expected.path, { status: expected.status ?? 200, body: expected.reply ?? '', headers: expected.replyHeaders }, requests.sent);
	const run = await executeNode({ parameters, items, nodeType, credentials, typeVersion });
	scope.done();
	expect(run.error).toBeUndefined();
	expect(requests.sent).toHaveLength(1);
	const [request] = requests.sent;
	expect(request.method).toBe(expected.method);
	expect(request.path).toBe(expected.path);
	expect(request.query).toEqual(expected.query ?? {});
	const token = credentials ? credentials.accessToken : ACCESS_TOKEN;
	if (token) {
		expect(request.headers['api-access-token']).toBe(token);
	} else {
		// The Client API is public: no token of any kind is sent.
		expect(Object.keys(request.headers).filter((name) => /token|authorization/i.test(name))).toEqual([]);
	}
	if (expected.body === undefined) {
		expect(request.body).toBeUndefined();
	} else {
		expect(request.contentType).toBe('application/json');
		expect(request.body).toEqual(expected.body);
	}
	expect(run.items.map((item) => item.json)).toEqual(expected.output);
}

/** A table of operation cases, one test each, named by their label. */
export function expectOperationCases(requests: SentRequests, cases: Array<OperationCase & { label: string }>): void {
	test.each(cases)('$label', async (expected) => await expectOperation(requests, expected));
}

/** Runs the node with bad input and checks that it is refused, naming the field, with nothing sent. */
export async function expectRefusal(requests: SentRequests, parameters: INodeParameters, message: RegExp, runWith: RunWith = {}): Promise<void> {
	tripwire(requests.sent);
	const run = await executeNode({ parameters, ...runWith });
	expect(requests.sent).toEqual([]);
	expect(run.error?.message).toMatch(message);
	expect(run.items).toEqual([]);
}

export interface RefusalCase extends RunWith {
	label: string;
	parameters: INodeParameters;
	message: RegExp;
}

/** A table of refusal cases, one test each, named by their label. */
export function expectRefusals(requests: SentRequests, cases: RefusalCase[]): void {
	test.each(cases)('$label', async ({ parameters, message, ...runWith }) => await expectRefusal(requests, parameters, message, runWith));
}
