import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { ACCESS_TOKEN, BASE_URL } from '../harness/executeNode';

/**
 * The editor's side of a list method: the node's parameters as filled in so far, and requests
 * sent for real (through nock), so a test checks exactly what is asked of ChatWoot.
 */
export function loadOptionsContext(parameters: Record<string, unknown>): ILoadOptionsFunctions {
	return {
		getNodeParameter: (name: string, fallback?: unknown, options?: { extractValue?: boolean }) => {
			const value = parameters[name] ?? fallback;
			return options?.extractValue && typeof value === 'object' && value !== null ? (value as { value: unknown }).value : value;
		},
		getCredentials: async () => ({ baseUrl: BASE_URL, accessToken: ACCESS_TOKEN }),
		getNode: () => ({ name: 'ChatWoot', type: 'n8n-nodes-chatwoot-api.chatWoot', typeVersion: 1, parameters }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: { baseURL: string; url: string; qs: Record<string, string> }) => {
				const response = await fetch(`${options.baseURL}${options.url}?${new URLSearchParams(options.qs)}`);
				const body: unknown = await response.json();
				if (!response.ok) throw Object.assign(new Error(`Request failed with status code ${response.status}`), { httpCode: String(response.status), response: { status: response.status, data: body } });
				return body;
			},
		},
	} as unknown as ILoadOptionsFunctions;
}
