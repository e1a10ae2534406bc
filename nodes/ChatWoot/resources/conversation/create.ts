import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { agentLocator, contactLocator, inboxLocator, teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { parseJsonAt } from '../../shared/requestBody';
import { attachmentOptions, readAttachments, streamedMultipartRequest } from '../../transport/multipart';
import { CONVERSATIONS, numericBodyIds } from './fields';

/**
 * With attachments the request goes as multipart/form-data, the way ChatWoot's dashboard
 * sends a new conversation with its first message (API-NOTES §7): `message[content]` and one
 * `message[attachments][]` part per file, the other fields in bracket notation.
 */
async function attachFirstMessageFiles(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const files = await readAttachments(this, 'conversationAdditionalFields', 'message[attachments][]');
	if (!files) return requestOptions;
	return streamedMultipartRequest(requestOptions, (requestOptions.body ?? {}) as IDataObject, files);
}

export const createConversation = defineOperation({
	resource: 'conversation',
	value: 'create',
	name: 'Create',
	action: 'Create a conversation',
	description: 'Start a conversation with a contact in an inbox, optionally with a first message and files',
	method: 'POST',
	path: CONVERSATIONS,
	simplify: conversationSummary,
	access: { bot: true },
	fields: [
		accountIdField(),
		{
			...inboxLocator('The inbox the conversation belongs to'),
			routing: { send: { type: 'body', property: 'inbox_id' } },
		},
		{
			...contactLocator('The contact the conversation is with', 'conversationContactId'),
			routing: { send: { type: 'body', property: 'contact_id' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'conversationAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Additional Attributes',
					name: 'additionalAttributes',
					type: 'json',
					default: '{}',
					placeholder: '{"mail_subject":"Your order"}',
					description: 'A JSON object, e.g. the subject of an email conversation as mail_subject',
					routing: { send: { type: 'body', property: 'additional_attributes' } },
				},
				{
					...agentLocator('The agent to assign the conversation to', 'assigneeId'),
					displayName: 'Assignee',
					required: false,
					routing: { send: { type: 'body', property: 'assignee_id' } },
				},
				...attachmentOptions(
					'Files attached to the first message. With attachments the request is multipart, where custom and additional attribute values arrive in ChatWoot as text.',
				),
				{
					displayName: 'Custom Attributes',
					name: 'customAttributes',
					type: 'json',
					default: '{}',
					placeholder: '{"order_id":"A-1001","vip":true}',
					description: "A JSON object of the conversation's custom attributes",
					routing: { send: { type: 'body', property: 'custom_attributes' } },
				},
				{
					displayName: 'Message',
					name: 'message',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
					description: 'The first message of the conversation, sent as an outgoing message',
					routing: { send: { type: 'body', property: 'message.content' } },
				},
				{
					displayName: 'Source ID',
					name: 'sourceId',
					type: 'string',
					default: '',
					description:
						"The contact's ID in the inbox's channel (e.g. an email address or phone number); ChatWoot makes one up when left out",
					routing: { send: { type: 'body', property: 'source_id' } },
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Open', value: 'open' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Resolved', value: 'resolved' },
					],
					default: 'open',
					routing: { send: { type: 'body', property: 'status' } },
				},
				{
					...teamLocator('The team to assign the conversation to'),
					displayName: 'Team',
					required: false,
					routing: { send: { type: 'body', property: 'team_id' } },
				},
			],
		},
	],
	preSend: [
		numericBodyIds({ inbox_id: 'Inbox ID', contact_id: 'Contact ID', assignee_id: 'Assignee ID', team_id: 'Team ID' }),
		parseJsonAt('custom_attributes', 'Custom Attributes', '{"order_id":"A-1001","vip":true}'),
		parseJsonAt('additional_attributes', 'Additional Attributes', '{"mail_subject":"Order A-1001"}'),
		attachFirstMessageFiles,
	],
	output: '',
});
