import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, IHttpRequestMethods, INodeProperties, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import { chosenAccount, onlyAccount } from '../ChatWoot/transport/account';
import type { ProfileAccounts } from '../ChatWoot/transport/account';
import { normalizeBaseUrl } from '../ChatWoot/transport/baseUrl';
import { positiveId } from '../ChatWoot/transport/path';
import { chatWootApiError } from '../ChatWoot/transport/errors';
import { CREDENTIAL_TYPE, QUERY_ARRAY_FORMAT } from '../ChatWoot/transport/request';
import { askServerVersion } from '../ChatWoot/transport/version';

type TriggerContext = IHookFunctions | IPollFunctions | IWebhookFunctions;

export interface TriggerRequest {
	method: IHttpRequestMethods;
	/** Path below the instance root, e.g. `/api/v1/accounts/1/webhooks`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/** The triggers' Account before version 1.1, kept for the workflows that saved a number in it. */
export const legacyAccountIdField: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1,
	required: true,
	description: 'The number after /accounts/ in your ChatWoot address',
};

/** One account per activation call or poll: an empty Account asks ChatWoot once, not once per request. */
const accountsByCall = new WeakMap<TriggerContext, Promise<number>>();

/**
 * The account the node works in: the Account field's ID (a plain number before version 1.1),
 * or, left empty, the token's only account. Anything else is refused with the field named.
 */
export async function accountIdOf(context: TriggerContext): Promise<number> {
	let account = accountsByCall.get(context);
	if (!account) {
		account = chosenOrOnlyAccount(context);
		accountsByCall.set(context, account);
	}
	return await account;
}

async function chosenOrOnlyAccount(context: TriggerContext): Promise<number> {
	const chosen = chosenAccount(context);
	if (chosen === '') {
		const profile = await triggerRequest.call(context, { method: 'GET', path: '/api/v1/profile' });
		return Number(onlyAccount(context.getNode(), profile as ProfileAccounts));
	}
	return positiveId(context, chosen, 'Account ID');
}

/** The credential's ChatWoot address, checked and normalized. */
export async function instanceUrl(context: TriggerContext): Promise<string> {
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
