import type { IAuthenticateRuleResponseSuccessBody, ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import { accessTokenProperty, baseUrlProperty, withAccessToken } from '../nodes/ChatWoot/transport/authenticate';
import { versionNotice } from '../nodes/ChatWoot/transport/version';

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
		versionNotice,
	];

	authenticate = withAccessToken;

	/**
	 * An agent bot has no /api/v1/profile and may call only conversation routes, none without an
	 * ID. Toggling the status of conversation 0 of account 0 proves the token without touching
	 * anything: ChatWoot checks the token (401 "Invalid Access Token"), then whether a bot may call
	 * the route (401 "…not authorized for bots" for a platform app's token), and only then looks
	 * the account up (404 "Resource could not be found"), before the action runs
	 * (Api::BaseController, EnsureCurrentAccountHelper). Change Status (toggle_status), not Get: bots may call it
	 * on every release since 4.11, Get only since 4.14.2 (access_token_auth_helper.rb), so a Get
	 * refused every valid bot token on older servers. So the answer is read whatever its status,
	 * and the rules list the answers that fail: ChatWoot's refusals and its server error by their
	 * words, and any answer without ChatWoot's `error` (another server's page). What is left is
	 * ChatWoot's not-found.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/v1/accounts/0/conversations/0/toggle_status',
			method: 'POST',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			failsWhenError('Invalid Access Token', "ChatWoot rejected the token. Copy the bot's access token again from Settings → Bots in ChatWoot."),
			failsWhenError(
				'Access to this endpoint is not authorized for bots',
				"ChatWoot took this for a platform app's token. Use the access token of an agent bot (Settings → Bots in ChatWoot); a platform app's token belongs in the ChatWoot Platform API credential.",
			),
			failsWhenError('Internal Server Error', 'ChatWoot failed to answer (500). Try again; if it persists, look at the ChatWoot server.'),
			failsWhenError(undefined, 'The Base URL answers, but not like ChatWoot. Enter the address you open ChatWoot at, e.g. https://app.chatwoot.com.'),
		],
	};
}

/** A credential-test rule: n8n fails the test with `message` when the answer's `error` is `error`. */
function failsWhenError(error: string | undefined, message: string): IAuthenticateRuleResponseSuccessBody {
	return { type: 'responseSuccessBody', properties: { key: 'error', value: error, message } };
}
