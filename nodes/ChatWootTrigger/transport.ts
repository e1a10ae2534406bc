import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, IHttpRequestMethods, IPollFunctions } from 'n8n-workflow';

import { normalizeBaseUrl } from '../ChatWoot/transport/baseUrl';
import { chatWootApiError } from '../ChatWoot/transport/errors';
import { CREDENTIAL_TYPE, QUERY_ARRAY_FORMAT } from '../ChatWoot/transport/request';
import { askServerVersion } from '../ChatWoot/transport/version';

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
async function instanceUrl(context: TriggerContext): Promise<string> {
	const credentials = await context.getCredentials<{ baseUrl: string }>(CREDENTIAL_TYPE);
	try {
		return normalizeBaseUrl(credentials.baseUrl);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message);
	}
}

/** The ChatWoot version the credential's server reports (`GET /api`, no token), or undefined: it only improves messages. */
export async function serverVersion(this: TriggerContext): Promise<string | undefined> {
	return await askServerVersion(this, await instanceUrl(this));
}

export async function triggerRequest<T = IDataObject>(
	this: TriggerContext,
	request: TriggerRequest,
	hints: Partial<Record<number, string>> = {},
): Promise<T> {
	const baseURL = await instanceUrl(this);
	try {
		return (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
			method: request.method,
			baseURL,
			url: request.path,
			qs: request.qs,
			arrayFormat: QUERY_ARRAY_FORMAT,
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
