import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { messageSummary } from '../../shared/simplify';
import { parseJsonObject } from '../../shared/validation';
import { attachmentOptions, readAttachments, streamedMultipartRequest } from '../../transport/multipart';
import { conversationFields, MESSAGES_PATH } from './fields';

const CONTENT_ATTRIBUTES_EXAMPLE = '{"items":[{"title":"Yes","value":"yes"},{"title":"No","value":"no"}]}';
const TEMPLATE_PARAMS_EXAMPLE =
	'{"name":"order_update","category":"UTILITY","language":"en_US","processed_params":{"body":{"1":"Alice"}}}';

/** Content Attributes and Template Params arrive as JSON text (or objects from expressions) and leave as objects. */
async function parseMessageJson(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	if (body.content_attributes !== undefined) {
		body.content_attributes = parseJsonObject(this, body.content_attributes, 'Content Attributes', CONTENT_ATTRIBUTES_EXAMPLE);
	}
	if (body.template_params !== undefined) {
		body.template_params = parseJsonObject(this, body.template_params, 'Template Params', TEMPLATE_PARAMS_EXAMPLE);
	}
	return requestOptions;
}

/**
 * With Attachments, the message goes as multipart/form-data: one `attachments[]` part per file,
 * streamed from n8n's binary storage, and the fields as form fields. Content Attributes goes as
 * a JSON string, which MessageBuilder parses; Template Params in bracket notation.
 * Without attachments, a message needs content.
 */
async function sendAttachments(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const files = await readAttachments(this, 'messageAdditionalFields', 'attachments[]');
	if (!files) {
		if (!String(body.content ?? '').trim()) {
			throw new NodeOperationError(this.getNode(), 'Content is required when no attachments are sent', {
				itemIndex: this.getItemIndex(),
				description: 'Enter the text of the message, or add Attachments to send files.',
			});
		}
		return requestOptions;
	}
	const { content, content_attributes: contentAttributes, ...fields } = body;
	const formFields: IDataObject = {
		...(String(content ?? '') !== '' ? { content } : {}),
		...fields,
		...(contentAttributes !== undefined ? { content_attributes: JSON.stringify(contentAttributes) } : {}),
	};
	return streamedMultipartRequest(requestOptions, formFields, files);
}

export const createMessage = defineOperation({
	resource: 'message',
	value: 'create',
	name: 'Send',
	action: 'Send a message',
	description:
		'Send a message or a private note in a conversation, with files from binary properties, structured content (options, cards, forms, articles) or a WhatsApp template. An agent bot token may send messages too.',
	method: 'POST',
	path: MESSAGES_PATH,
	simplify: messageSummary,
	access: { bot: true },
	fields: [
		...conversationFields('to send the message in'),
		{
			displayName: 'Content',
			name: 'content',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'The text of the message. May be empty when Attachments are sent.',
			routing: { send: { type: 'body', property: 'content' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'messageAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...attachmentOptions(
					'Sends the files with the message (as multipart/form-data). ChatWoot checks type and size (40 MB) only for website live-chat inboxes; other channels have their own limits.',
				),
				{
					displayName: 'BCC Emails',
					name: 'bccEmails',
					type: 'string',
					default: '',
					placeholder: 'e.g. audit@example.com',
					description: 'Email inboxes only: blind-copy addresses, separated by commas',
					routing: { send: { type: 'body', property: 'bcc_emails' } },
				},
				{
					displayName: 'CC Emails',
					name: 'ccEmails',
					type: 'string',
					default: '',
					placeholder: 'e.g. boss@example.com, team@example.com',
					description: 'Email inboxes only: copy addresses, separated by commas',
					routing: { send: { type: 'body', property: 'cc_emails' } },
				},
				{
					displayName: 'Content Attributes',
					name: 'contentAttributes',
					type: 'json',
					default: '{}',
					placeholder: CONTENT_ATTRIBUTES_EXAMPLE,
					description:
						'A JSON object with what the Content Type needs: `items` for Input Select and Cards, `items` of form fields for Form, `in_reply_to` (a message ID) for a reply',
					routing: { send: { type: 'body', property: 'content_attributes' } },
				},
				{
					displayName: 'Content Type',
					name: 'contentType',
					type: 'options',
					default: 'text',
					description: 'How ChatWoot shows the message; all but Text are interactive messages of the website live chat',
					options: [
						{ name: 'Article', value: 'article', description: 'Help center articles (Content Attributes: items with title, description, link)' },
						{ name: 'Cards', value: 'cards', description: 'Cards with image, title and buttons (Content Attributes: items)' },
						{ name: 'Form', value: 'form', description: 'A form to fill in (Content Attributes: items of fields)' },
						{ name: 'Input Email', value: 'input_email', description: "Asks for the contact's email address" },
						{ name: 'Input Select', value: 'input_select', description: 'Options to pick from (Content Attributes: items with title and value)' },
						{ name: 'Text', value: 'text', description: 'Plain text' },
					],
					routing: { send: { type: 'body', property: 'content_type' } },
				},
				{
					displayName: 'Echo ID',
					name: 'echoId',
					type: 'string',
					default: '',
					description: 'Your own ID for the message; ChatWoot returns it in the response and in the message_created webhook, to match them up',
					routing: { send: { type: 'body', property: 'echo_id' } },
				},
				{
					displayName: 'Message Type',
					name: 'messageType',
					type: 'options',
					default: 'outgoing',
					options: [
						{ name: 'Outgoing', value: 'outgoing', description: 'From an agent (or the bot) to the contact' },
						{ name: 'Incoming', value: 'incoming', description: 'From the contact; only API channel inboxes accept it' },
					],
					routing: { send: { type: 'body', property: 'message_type' } },
				},
				{
					displayName: 'Private Note',
					name: 'private',
					type: 'boolean',
					default: false,
					description: 'Whether the message is a private note, seen by agents only and never sent to the contact',
					routing: { send: { type: 'body', property: 'private' } },
				},
				{
					displayName: 'Template Params',
					name: 'templateParams',
					type: 'json',
					default: '{}',
					placeholder: TEMPLATE_PARAMS_EXAMPLE,
					description:
						'WhatsApp inboxes: the approved template to send, as a JSON object with name, category, language and processed_params (body variables, header media, buttons)',
					routing: { send: { type: 'body', property: 'template_params' } },
				},
				{
					displayName: 'To Emails',
					name: 'toEmails',
					type: 'string',
					default: '',
					description: "Email inboxes only: recipient addresses, separated by commas, instead of the contact's",
					routing: { send: { type: 'body', property: 'to_emails' } },
				},
				{
					displayName: 'Voice Message',
					name: 'isVoiceMessage',
					type: 'boolean',
					default: false,
					description: 'Whether the attached audio is a voice message (shown as one in channels that have them)',
					routing: { send: { type: 'body', property: 'is_voice_message' } },
				},
			],
		},
	],
	preSend: [parseMessageJson, sendAttachments],
	output: '',
});
