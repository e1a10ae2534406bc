import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../ChatWoot/shared/operation';
import { messageSummary } from '../../../ChatWoot/shared/simplify';
import { attachmentOptions, readAttachments, streamedMultipartRequest } from '../../../ChatWoot/transport/multipart';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

/** With attachments the message goes as multipart: one `attachments[]` part per binary property. */
async function sendAttachments(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const files = await readAttachments(this, 'additionalFields', 'attachments[]');
	if (!files) return requestOptions;
	return streamedMultipartRequest(requestOptions, (requestOptions.body ?? {}) as IDataObject, files);
}

export const createMessage = defineOperation({
	resource: 'message',
	value: 'create',
	name: 'Send',
	action: 'Send a message as the contact',
	description: 'Send an incoming message from the contact, with text and/or files',
	method: 'POST',
	path: `${CONVERSATION_PATH}/messages`,
	simplify: messageSummary,
	fields: [
		contactIdentifierField,
		conversationIdField(),
		{
			displayName: 'Content',
			name: 'content',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'The text of the message; may be empty when files are attached',
			routing: { send: { type: 'body', property: 'content' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...attachmentOptions('Sends the files with the message, as multipart/form-data'),
				{
					displayName: 'Echo ID',
					name: 'echoId',
					type: 'string',
					default: '',
					description: 'Your own ID for the message, returned with it so a front-end can match its optimistic copy',
					routing: { send: { type: 'body', property: 'echo_id' } },
				},
			],
		},
	],
	preSend: [sendAttachments],
	output: '',
});
