import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField, jsonOption } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';
import { avatarFileOption } from '../../transport/multipart';

/** What agent-bot Create and Update share. */

export const agentBotIdField = (description: string) => idField('agentBotId', description);

export const parseBotConfig = parseJsonAt('bot_config', 'Bot Config', '{"key":"value"}');

/** The bot's optional fields; Name is required on Create and an option on Update. */
export const agentBotOptions: INodeProperties[] = [
	avatarFileOption("Uploads the image as the bot's avatar"),
	bodyField('Avatar URL', 'avatarUrl', 'avatar_url', {
		placeholder: 'https://example.com/bot.png',
		description: 'An http(s) address of an image that ChatWoot downloads in the background',
	}),
	jsonOption('Bot Config', 'botConfig', 'bot_config', { description: 'A JSON object of settings stored with the bot' }),
	bodyField('Description', 'description', 'description'),
	bodyField('Outgoing URL', 'outgoingUrl', 'outgoing_url', {
		placeholder: 'https://n8n.example.com/webhook/bot',
		description: 'Where ChatWoot posts the events of conversations the bot handles, signed with its secret',
	}),
];
