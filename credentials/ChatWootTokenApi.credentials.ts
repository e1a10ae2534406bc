import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import { accessTokenProperty, baseUrlProperty, withAccessToken } from '../nodes/ChatWoot/transport/authenticate';
import { versionNotice } from '../nodes/ChatWoot/transport/version';

/**
 * Named `chatWootTokenApi`, not `chatwootApi`: credential type names are global in n8n,
 * and the most-used ChatWoot community package already registers `chatwootApi`.
 */
export class ChatWootTokenApi implements ICredentialType {
	name = 'chatWootTokenApi';

	displayName = 'ChatWoot API';

	icon: Icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' };

	documentationUrl = 'https://www.chatwoot.com/developers/api/';

	properties: INodeProperties[] = [
		baseUrlProperty(),
		accessTokenProperty(
			'Access Token',
			'The access token of a ChatWoot user: in ChatWoot, open Profile Settings and copy "Access Token" at the bottom of the page',
		),
		versionNotice,
	];

	authenticate = withAccessToken;

	// /api/v1/profile answers only to a valid user token, so it proves both the URL and the token.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/v1/profile',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'ChatWoot rejected the access token. Copy it again from Profile Settings → Access Token; bot and platform-app tokens cannot be used here.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'The Base URL answers, but not like ChatWoot: /api/v1/profile was not found there. Enter the address you open ChatWoot at, e.g. https://app.chatwoot.com.',
				},
			},
		],
	};
}
