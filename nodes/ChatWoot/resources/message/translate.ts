import { defineOperation } from '../../shared/operation';
import { conversationFields, MESSAGE_PATH, messageIdField } from './fields';

export const translateMessage = defineOperation({
	resource: 'message',
	value: 'translate',
	name: 'Translate',
	action: 'Translate a message',
	description:
		"Translate a message's content with the account's Google Translate integration and store it in the message's translations. Outputs `content`, the translation; when the message already has one in that language, ChatWoot returns nothing new and the output is `success: true`.",
	method: 'POST',
	path: `${MESSAGE_PATH}/translate`,
	fields: [
		...conversationFields('the message is in'),
		messageIdField('to translate'),
		{
			displayName: 'Target Language',
			name: 'targetLanguage',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. es',
			description: 'The language code to translate into, as Google Translate names it (en, es, pt-BR, zh-CN…)',
			routing: { send: { type: 'body', property: 'target_language' } },
		},
	],
	output: '',
});
