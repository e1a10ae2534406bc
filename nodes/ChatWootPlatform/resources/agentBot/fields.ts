import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../../ChatWoot/shared/descriptions';
import { avatarFileOption } from '../../../ChatWoot/transport/multipart';

export const agentBotIdField = (): INodeProperties =>
	idField('agentBotId', 'The numeric ID of the agent bot, as Agent Bot → Create or Get Many returns it');

/** The bot's settings (platform agent_bots_controller); an avatar file goes as multipart. */
export const agentBotFieldOptions: INodeProperties[] = [
	{
		displayName: 'Account ID',
		name: 'accountId',
		type: 'number',
		default: 0,
		description: 'Makes it an account bot, visible only in that account; without it the bot is available to every account',
		routing: { send: { type: 'body', property: 'account_id' } },
	},
	avatarFileOption("Uploads the image as the bot's avatar"),
	bodyField('Avatar URL', 'avatarUrl', 'avatar_url', { description: 'An http(s) address of an image that ChatWoot downloads in the background' }),
	bodyField('Description', 'description', 'description'),
	bodyField('Outgoing URL', 'outgoingUrl', 'outgoing_url', { placeholder: 'https://n8n.example.com/webhook/…', description: "Where ChatWoot sends the bot's events (e.g. a ChatWoot Trigger in bot mode)" }),
];
