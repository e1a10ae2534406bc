import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';

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
		...requestOptions,
		baseURL: normalizeBaseUrl(String(requestOptions.baseURL ?? credentials.baseUrl)),
		headers: { ...requestOptions.headers, 'Api-Access-Token': String(credentials.accessToken) },
	};
}
