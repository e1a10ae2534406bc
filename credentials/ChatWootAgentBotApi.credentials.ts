import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import { accessTokenProperty, baseUrlProperty, withAccessToken } from '../nodes/ChatWoot/transport/authenticate';

/**
 * An agent bot's access token: ChatWoot lets it call only the conversation, message, label and
 * assignment routes a bot needs (API-NOTES §3). Its own type, so the node can say which
 * operations it may run, and so a bot token is never mistaken for a user's.
 */
export class ChatWootAgentBotApi implements ICredentialType {
	name = 'chatWootAgentBotApi';

	displayName = 'ChatWoot Agent Bot API';

	icon: Icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' };

	documentationUrl = 'https://www.chatwoot.com/developers/api/';

	properties: INodeProperties[] = [
		baseUrlProperty(),
		accessTokenProperty(
			'Bot Access Token',
			"The agent bot's access token: in ChatWoot, Settings → Bots, open the bot and copy its access token",
		),
	];

	authenticate = withAccessToken;

	/**
	 * An agent bot has no /api/v1/profile and may call only conversation routes, none without an
	 * ID. Showing conversation 0 of account 0 proves the token without touching anything: ChatWoot
	 * checks the token (401 "Invalid Access Token"), then the bot's allowed routes, and only then
	 * looks the account up (404 "Resource could not be found"). So the answer is read, whatever its
	 * status: ChatWoot's "error" naming the token fails the test, an answer without ChatWoot's
	 * "error" (another server's page) too, and ChatWoot's not-found passes.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/v1/accounts/0/conversations/0',
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'Invalid Access Token',
					message: "ChatWoot rejected the token. Copy the bot's access token again from Settings → Bots in ChatWoot.",
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: undefined,
					message: 'The Base URL answers, but not like ChatWoot. Enter the address you open ChatWoot at, e.g. https://app.chatwoot.com.',
				},
			},
		],
	};
}
