import { NodeOperationError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';
import { chatWootApiError } from './errors';
import { resolvePath } from './path';

export const CREDENTIAL_TYPE = 'chatWootTokenApi';

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

function accountOf(context: IExecuteSingleFunctions): unknown {
	return context.getNodeParameter('accountId', '');
}

/**
 * What every request of the node goes through: the Base URL and the path IDs are checked and
 * filled before `send` is called, and whatever `send` throws becomes ChatWoot's error.
 */
async function checkedRequest<T>(
	context: IExecuteSingleFunctions,
	options: Partial<Pick<IHttpRequestOptions, 'baseURL' | 'url' | 'method'>>,
	send: (url: string) => Promise<T>,
): Promise<T> {
	const baseURL = instanceRoot(context, options);
	const url = resolvePath(context, options.url ?? '');
	try {
		return await send(url);
	} catch (error) {
		if (error instanceof NodeOperationError) throw error;
		throw chatWootApiError(context.getNode(), error, { ...options, url, baseURL }, context.getItemIndex(), accountOf(context));
	}
}

/**
 * Every routed request of the node passes through here: n8n's declarative engine hands a
 * request to `requestOperations.pagination` whenever `send.paginate` is set, which the
 * node sets for all operations.
 */
export async function sendRoutedRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await checkedRequest(this, requestData.options, async (url) => {
		requestData.options.url = url;
		return await this.makeRoutingRequest(requestData);
	});
}

/** A request made from a preSend step (e.g. the first half of a two-step update), checked the same way. */
export async function chatWootRequest(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IDataObject> {
	return await checkedRequest(this, options, async (url) => {
		const request = { ...options, url, json: true };
		return (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request)) as IDataObject;
	});
}
