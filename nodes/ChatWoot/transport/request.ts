import { NodeOperationError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { accessOf, credentialTypeOf, refuseUnsupportedToken, tokenTypeOf } from './access';
import { normalizeBaseUrl } from './baseUrl';
import { chatWootApiError } from './errors';
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
 * are checked and filled, and a route or field newer than the server refused (version.ts),
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
	const url = resolvePath(context, template);
	const credentialType = credentialTypeOf(context);
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
 * Every routed request of the node passes through here: n8n's declarative engine hands a
 * request to `requestOperations.pagination` whenever `send.paginate` is set, which the
 * node sets for all operations. Listing operations replace it with a pager (paging.ts),
 * which goes through `checkedRequest` too.
 */
export async function sendRoutedRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await checkedRequest(this, requestData.options, async (url) => {
		requestData.options.url = url;
		requestData.options.arrayFormat = QUERY_ARRAY_FORMAT;
		return pairedWithItem(this, await this.makeRoutingRequest(requestData));
	});
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
		const request = { ...options, url, baseURL: root, json: true, arrayFormat: QUERY_ARRAY_FORMAT };
		return (await this.helpers.httpRequestWithAuthentication.call(this, credentialTypeOf(this), request)) as T;
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
