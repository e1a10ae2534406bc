import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { atInstanceRoot, baseUrlProperty } from '../nodes/ChatWoot/transport/authenticate';
import { versionNotice } from '../nodes/ChatWoot/transport/version';

/**
 * ChatWoot's Client API needs no token: an API inbox's identifier names the inbox, and the
 * inbox's HMAC token (optional, kept here and never sent) signs contact identifiers.
 */
export class ChatWootClientApi implements ICredentialType {
	name = 'chatWootClientApi';

	displayName = 'ChatWoot Client API';

	icon: Icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' };

	documentationUrl = 'https://www.chatwoot.com/developers/api/';

	properties: INodeProperties[] = [
		baseUrlProperty({ description: 'The address you open ChatWoot at' }),
		{
			displayName: 'Inbox Identifier',
			name: 'inboxIdentifier',
			type: 'string',
			default: '',
			required: true,
			description:
				"The API inbox's identifier: in ChatWoot, Settings → Inboxes → your API channel inbox → Configuration → Inbox Identifier",
		},
		{
			displayName: 'HMAC Token',
			name: 'hmacToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"Only for inboxes with identity validation: the inbox's HMAC token (same Configuration page). Contact identifiers are then signed; the token itself is never sent.",
		},
		versionNotice,
	];

	// No header: the Client API is public. The Base URL is reduced to the instance root and the
	// inbox identifier goes into the path, where the Client node's paths name it.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...atInstanceRoot(credentials, requestOptions),
			url: requestOptions.url.replace('{credentials.inboxIdentifier}', encodeURIComponent(String(credentials.inboxIdentifier ?? '').trim())),
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/public/api/v1/inboxes/{credentials.inboxIdentifier}',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No API inbox has this identifier here. Copy the Inbox Identifier again from the API inbox\'s Configuration page, and check the Base URL.',
				},
			},
		],
	};
}
