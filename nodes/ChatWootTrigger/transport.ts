import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, IHttpRequestMethods, IPollFunctions } from 'n8n-workflow';

import { normalizeBaseUrl } from '../ChatWoot/transport/baseUrl';
import { chatWootApiError } from '../ChatWoot/transport/errors';
import { CREDENTIAL_TYPE } from '../ChatWoot/transport/request';

type TriggerContext = IHookFunctions | IPollFunctions;

export interface TriggerRequest {
	method: IHttpRequestMethods;
	/** Path below the instance root, e.g. `/api/v1/accounts/1/webhooks`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/** The account the node works in: a positive whole number, refused with the field named otherwise. */
export function accountIdOf(context: TriggerContext): number {
	const raw = context.getNodeParameter('accountId', '') as string | number;
	const accountId = Number(raw);
	if (!Number.isInteger(accountId) || accountId <= 0) {
		throw new NodeOperationError(context.getNode(), `Account ID must be a positive whole number, not "${raw}"`, {
			description: 'It is the number after /accounts/ in your ChatWoot address, e.g. 1 in https://app.chatwoot.com/app/accounts/1/dashboard.',
		});
	}
	return accountId;
}

/**
 * The triggers' one way to call ChatWoot: the credential's token is added by n8n, and any
 * failure becomes the action node's ChatWoot error, which never carries the token.
 * `hints` replaces the generic advice for a status (e.g. 401 on admin-only routes).
 */
export async function triggerRequest<T = IDataObject>(
	this: TriggerContext,
	request: TriggerRequest,
	hints: Partial<Record<number, string>> = {},
): Promise<T> {
	const credentials = await this.getCredentials<{ baseUrl: string }>(CREDENTIAL_TYPE);
	let baseURL: string;
	try {
		baseURL = normalizeBaseUrl(credentials.baseUrl);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message);
	}
	try {
		return (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
			method: request.method,
			baseURL,
			url: request.path,
			qs: request.qs,
			body: request.body,
			headers: { Accept: 'application/json' },
			json: true,
		})) as T;
	} catch (error) {
		const apiError = chatWootApiError(this.getNode(), error, { method: request.method, url: request.path, baseURL }, 0);
		const hint = apiError.httpCode ? hints[Number(apiError.httpCode)] : undefined;
		if (hint) apiError.description = `${hint} (Request: ${request.method} ${request.path})`;
		throw apiError;
	}
}
