import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import { accessTokenProperty, baseUrlProperty, withAccessToken } from '../nodes/ChatWoot/transport/authenticate';
import { versionNotice } from '../nodes/ChatWoot/transport/version';

/**
 * A platform app's token (ChatWoot's Super Admin console → Platform Apps): it reaches only
 * `/platform/api/v1`, and there only what the app created or was granted (API-NOTES §3).
 */
export class ChatWootPlatformApi implements ICredentialType {
	name = 'chatWootPlatformApi';

	displayName = 'ChatWoot Platform API';

	icon: Icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' };

	documentationUrl = 'https://www.chatwoot.com/developers/api/';

	properties: INodeProperties[] = [
		baseUrlProperty({
			placeholder: 'e.g. https://chat.example.com',
			description: 'The address of your self-hosted ChatWoot (platform apps exist only on installations you run)',
		}),
		accessTokenProperty(
			'Platform App Token',
			"The access token of a platform app: in ChatWoot's Super Admin console (/super_admin), open Platform Apps, create or open an app and copy its access token",
		),
		versionNotice,
	];

	authenticate = withAccessToken;

	// Lists the accounts the app may manage: only a platform app token passes.
	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/platform/api/v1/accounts', method: 'GET' },
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'ChatWoot rejected the token. Copy the platform app token again from the Super Admin console → Platform Apps; user and bot tokens cannot be used here.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'The Base URL answers, but has no ChatWoot Platform API. Enter the address of your ChatWoot installation.',
				},
			},
		],
	};
}
