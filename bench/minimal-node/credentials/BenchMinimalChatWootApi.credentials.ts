import type { IAuthenticateGeneric, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Benchmark only. Its own type name, so it can sit next to the real package's `chatWootTokenApi`
 * (and @devlikeapro's `chatwootApi`) in one n8n. Generic authentication: one header expression.
 */
export class BenchMinimalChatWootApi implements ICredentialType {
	name = 'benchMinimalChatWootApi';

	displayName = 'Bench Minimal ChatWoot API';

	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
		{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '' },
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'Api-Access-Token': '={{$credentials.accessToken}}' } },
	};
}
