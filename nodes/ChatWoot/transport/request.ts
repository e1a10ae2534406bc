import { NodeOperationError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { accessOf, credentialTypeOf, refuseUnsupportedToken, tokenTypeOf } from './access';
import { withDefaultAccount } from './account';
import type { ProfileAccounts } from './account';
import { normalizeBaseUrl } from './baseUrl';
import { chatWootApiError, headerValue, routingStep, unreadableAnswerError } from './errors';
import type { UnreadableAnswer } from './errors';
import { pairedWithItem } from './output';
import { resolvePath } from './path';
import { isAtLeast, refuseOnOlderServer, serverVersion } from './version';
import type { ChatWootVersion } from './version';

export const CREDENTIAL_TYPE = 'chatWootTokenApi';

/**
 * How every request lists values in the query: `labels[]=a&labels[]=b`, which Rails reads as a
 * list. n8n's default, `labels[0]=a`, arrives as a hash, so list filters silently match nothing.
 */
export const QUERY_ARRAY_FORMAT = 'brackets' as const;

/** The instance root the request goes to; a malformed Base URL is refused before anything is sent. */
function instanceRoot(context: IExecuteSingleFunctions, options: Pick<IHttpRequestOptions, 'baseURL'>): string {
	try {
		return normalizeBaseUrl(String(options.baseURL ?? ''));
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			itemIndex: context.getItemIndex(),
		});
	}
}

/** The account the request concerned, for error hints; Platform and Client API operations have none. */
function accountOf(context: IExecuteSingleFunctions): unknown {
	// n8n 1.x throws "Could not find property" when extracting a parameter the node does not have.
	if (context.getNode().parameters.accountId === undefined) return undefined;
	return context.getNodeParameter('accountId', '', { extractValue: true });
}

export type RequestTarget = Partial<Pick<IHttpRequestOptions, 'baseURL' | 'url' | 'method'>>;

/**
 * What every request of the node goes through: the token type, the Base URL and the path IDs
 * are checked and filled (an empty Account by the token's only account), and a route or field newer than the server refused (version.ts),
 * before `send` is called; whatever `send` throws becomes ChatWoot's error, with what the route
 * needs (administrator, Enterprise, a newer ChatWoot) when it is refused.
 */
export async function checkedRequest<T>(
	context: IExecuteSingleFunctions,
	options: RequestTarget,
	send: (url: string, baseURL: string) => Promise<T>,
): Promise<T> {
	const method = options.method ?? 'GET';
	const template = options.url ?? '';
	const access = accessOf(method, template);
	refuseUnsupportedToken(context, access);
	const baseURL = instanceRoot(context, options);
	const credentialType = credentialTypeOf(context);
	const readProfile = async () => (await chatWootRequest.call(context, { method: 'GET', url: '/api/v1/profile', baseURL })) as ProfileAccounts;
	const url = resolvePath(context, await withDefaultAccount(context, template, { credentialType, readProfile }));
	const serverVersion = await refuseOnOlderServer(context, { method, template, baseURL, credentialType });
	try {
		return await send(url, baseURL);
	} catch (error) {
		throw error instanceof NodeOperationError
			? error
			: chatWootApiError(context.getNode(), error, { ...options, url, baseURL }, context.getItemIndex(), {
					accountId: accountOf(context),
					access,
					tokenType: tokenTypeOf(context),
					serverVersion,
				});
	}
}

/**
 * What a success answer is when it is not ChatWoot's JSON; undefined for JSON, for no body where
 * none is expected (a DELETE's `head :ok`) and for the text ChatWoot sends on purpose (CSV
 * reports, Markdown articles). n8n's HTTP helper hands a body it could not parse over as a
 * string, so a cut-off body or a proxy's page would otherwise reach the output steps as records.
 */
function unreadableAnswer(method: string, response: IN8nHttpFullResponse): UnreadableAnswer | undefined {
	const { body } = response;
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : body === undefined || body === null ? '' : undefined;
	if (text === undefined) return undefined;
	const contentType = headerValue(response.headers, 'content-type') ?? '';
	const answer = (kind: string): UnreadableAnswer => ({ status: response.statusCode, contentType, text, kind });
	if (!text.trim()) return method === 'GET' ? answer('an empty body where ChatWoot sends records') : undefined;
	if (/html/i.test(contentType) || text.trimStart().startsWith('<')) return answer('an HTML page');
	if (contentType && !/json/i.test(contentType)) return undefined;
	try {
		JSON.parse(text);
		return undefined;
	} catch {
		return answer('JSON that is cut off or malformed');
	}
}

/** Fails the item on a success answer that is not ChatWoot's JSON, naming what came back (errors.ts). */
async function refuseUnreadableAnswer(context: IExecuteSingleFunctions, request: RequestTarget, response: IN8nHttpFullResponse): Promise<void> {
	const answer = unreadableAnswer(request.method ?? 'GET', response);
	if (!answer) return;
	// The page is quoted; blank the credential's secrets in case it echoes the request.
	const credentials = await context.getCredentials(credentialTypeOf(context));
	const secrets = Object.entries(credentials)
		.filter(([key, value]) => key !== 'baseUrl' && typeof value === 'string' && value.length >= 8)
		.map(([, value]) => value as string);
	throw unreadableAnswerError(context.getNode(), answer, request, context.getItemIndex(), secrets);
}

/** The answer checks sendRoutedRequest put before an operation's output steps, told apart from the operation's own. */
const answerChecks = new WeakSet<object>();

/**
 * Puts the answer check first among the output steps n8n will run on `requestData`'s answer,
 * in place: n8n runs the steps of the request data it built, which a caller's copy shares.
 * A check left by an earlier request of the same item (an upsert sends two) is replaced.
 */
function checkAnswerFirst(requestData: DeclarativeRestApiSettings.ResultOptions): void {
	const steps = requestData.postReceive;
	const earlier = steps.findIndex((step) => answerChecks.has(step));
	if (earlier >= 0) steps.splice(earlier, 1);
	const request: RequestTarget = { method: requestData.options.method, url: requestData.options.url };
	const check = {
		data: { parameterValue: undefined },
		actions: [
			async function checkAnswer(this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) {
				await refuseUnreadableAnswer(this, request, response);
				return items;
			},
		],
	};
	answerChecks.add(check);
	steps.unshift(check);
}

/**
 * Every routed request of the node passes through here: n8n's declarative engine hands a
 * request to `requestOperations.pagination` whenever `send.paginate` is set, which the
 * node sets for all operations. Listing operations replace it with a pager (paging.ts),
 * which goes through `checkedRequest` too.
 */
export const sendRoutedRequest = routingStep(async function (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await checkedRequest(this, requestData.options, async (url) => {
		requestData.options.url = url;
		requestData.options.arrayFormat = QUERY_ARRAY_FORMAT;
		checkAnswerFirst(requestData);
		return pairedWithItem(this, await this.makeRoutingRequest(requestData));
	});
});

/** A failure answer, shaped as the HTTP client's error that checkedRequest turns into ChatWoot's error (errors.ts). */
class FailedAnswer extends Error {
	readonly response: { status: number; data: unknown; headers: IDataObject };

	constructor({ statusCode, body, headers }: IN8nHttpFullResponse) {
		super(`ChatWoot answered ${statusCode}`);
		this.response = { status: statusCode, data: body, headers };
	}
}

/**
 * A request made from a preSend step or a pager (a page, the first half of a two-step
 * update, a search before a create), checked the same way. `url` is a path template.
 */
export async function chatWootRequest<T = IDataObject>(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<T> {
	// Requests built from scratch (not from the routed request) take the Base URL from the credential.
	const baseURL = options.baseURL ?? String((await this.getCredentials(credentialTypeOf(this))).baseUrl);
	return await checkedRequest(this, { ...options, baseURL }, async (url, root) => {
		// The whole answer, failures too: n8n 1.x keeps neither a failure's headers (Retry-After) nor a body that is not JSON.
		const request = { ...options, url, baseURL: root, json: true, arrayFormat: QUERY_ARRAY_FORMAT, returnFullResponse: true, ignoreHttpStatusErrors: true };
		const response = (await this.helpers.httpRequestWithAuthentication.call(this, credentialTypeOf(this), request)) as IN8nHttpFullResponse;
		if (response.statusCode >= 400) throw new FailedAnswer(response);
		await refuseUnreadableAnswer(this, { method: options.method, url }, response);
		return response.body as T;
	});
}

/**
 * The version the credential's ChatWoot reports, or undefined when it does not say: the same
 * lookup checkedRequest makes (one per execution and credential).
 */
export async function reportedServerVersion(context: IExecuteSingleFunctions): Promise<ChatWootVersion | undefined> {
	const credentialType = credentialTypeOf(context);
	const baseURL = instanceRoot(context, { baseURL: String((await context.getCredentials(credentialType)).baseUrl) });
	return await serverVersion(context, baseURL, credentialType);
}

/**
 * Whether the credential's ChatWoot reports `since` or newer, for an operation that sends
 * differently by release; false when it does not say.
 */
export async function serverReportsAtLeast(context: IExecuteSingleFunctions, since: ChatWootVersion): Promise<boolean> {
	const version = await reportedServerVersion(context);
	return version !== undefined && isAtLeast(version, since);
}
