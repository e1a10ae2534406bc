import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

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
}
