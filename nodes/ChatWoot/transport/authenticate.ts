import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';

/** Every credential's requests go to the instance root of whatever Base URL the user pasted. */
export function atInstanceRoot(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	return { ...requestOptions, baseURL: normalizeBaseUrl(String(requestOptions.baseURL ?? credentials.baseUrl)) };
}

/**
 * How user and agent-bot tokens reach ChatWoot: the `Api-Access-Token` header rather than
 * `api_access_token`, which nginx drops by default (underscore), at the instance root of
 * whatever Base URL the user pasted.
 */
export async function withAccessToken(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return {
		...atInstanceRoot(credentials, requestOptions),
		headers: { ...requestOptions.headers, 'Api-Access-Token': String(credentials.accessToken) },
	};
}

/**
 * Every credential's Base URL field. `normalizeBaseUrl` cuts a pasted dashboard address down to
 * the instance root, which the default description tells the user.
 */
export function baseUrlProperty({
	placeholder = 'e.g. https://chat.example.com or https://app.chatwoot.com',
	description = 'The address you open ChatWoot at. A dashboard address such as https://chat.example.com/app/accounts/1/dashboard works too: everything from /app on is ignored.',
}: { placeholder?: string; description?: string } = {}): INodeProperties {
	return { displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '', placeholder, required: true, description };
}

/** The token field of the credentials that authenticate `withAccessToken` (user, agent bot, platform app). */
export function accessTokenProperty(displayName: string, description: string): INodeProperties {
	return { displayName, name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '', required: true, description };
}
