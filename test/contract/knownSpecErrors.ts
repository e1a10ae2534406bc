/**
 * Where ChatWoot's OpenAPI spec (4.15) is wrong about requests, and what the server really
 * accepts instead, each with its source in shared/chatwoot/API-NOTES.md. The contract check
 * consults this list and nothing else, so every deviation from the spec is written down here.
 */
export interface SpecCorrection {
	method: string;
	/** The spec's path template. */
	path: string;
	/** Request content types the server accepts although the spec does not list them. */
	extraContentTypes?: string[];
	/** Body fields the server reads although the spec's schema lacks them. */
	extraBodyFields?: string[];
	source: string;
}

export const SPEC_CORRECTIONS: SpecCorrection[] = [
	{
		method: 'PUT',
		path: '/api/v1/accounts/{account_id}/contacts/{id}',
		extraContentTypes: ['multipart/form-data'],
		source:
			'API-NOTES §2 "Multipart/form-data update with an avatar file" and §7: `avatar` is a top-level file part; the spec puts a binary field in a JSON-only schema',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts',
		extraContentTypes: ['multipart/form-data'],
		source: 'API-NOTES §7: contacts create takes the same multipart body as update',
	},
];

/**
 * The spec names the header `api_access_token`; Rails maps `Api-Access-Token` to the same key,
 * and nginx drops underscore headers by default, so the node sends the hyphenated form (API-NOTES §3).
 */
export const ACCESS_TOKEN_HEADERS = ['api-access-token', 'api_access_token'];
