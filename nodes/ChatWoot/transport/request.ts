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
 * Every routed request of the node passes through here: n8n's declarative engine hands a
 * request to `requestOperations.pagination` whenever `send.paginate` is set, which the
 * node sets for all operations. This is therefore where path IDs are filled in and checked,
 * and where ChatWoot's failures are turned into clear n8n errors, in one place for every
 * operation.
 */
export async function sendRoutedRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const baseURL = instanceRoot(this, requestData.options);
	requestData.options.url = resolvePath(this, requestData.options.url ?? '');
	try {
		return await this.makeRoutingRequest(requestData);
	} catch (error) {
		if (error instanceof NodeOperationError) throw error;
		const request = { ...requestData.options, baseURL };
		throw chatWootApiError(this.getNode(), error, request, this.getItemIndex(), accountOf(this));
	}
}

/** A request made from a preSend step (e.g. the first half of a two-step update), with the same error handling. */
export async function chatWootRequest(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IDataObject> {
	const baseURL = instanceRoot(this, options);
	const url = resolvePath(this, options.url);
	try {
		return (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
			...options,
			url,
			json: true,
		})) as IDataObject;
	} catch (error) {
		throw chatWootApiError(this.getNode(), error, { ...options, url, baseURL }, this.getItemIndex(), accountOf(this));
	}
}
