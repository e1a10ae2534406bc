import { defineOperation } from '../../shared/operation';
import { conversationFields, MESSAGE_PATH, messageIdField } from './fields';

export const updateMessageStatus = defineOperation({
	resource: 'message',
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the delivery status of a message',
	description:
		'Report what happened to a message your API channel delivered (sent, delivered, read or failed). Only API channel inboxes allow it; ChatWoot answers 403 for any other inbox.',
	method: 'PATCH',
	path: MESSAGE_PATH,
	fields: [
		...conversationFields('the message is in'),
		messageIdField('to update'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			required: true,
			default: 'delivered',
			options: [
				{ name: 'Delivered', value: 'delivered' },
				{ name: 'Failed', value: 'failed' },
				{ name: 'Read', value: 'read' },
				{ name: 'Sent', value: 'sent' },
			],
			routing: { send: { type: 'body', property: 'status' } },
		},
		{
			displayName: 'External Error',
			name: 'externalError',
			type: 'string',
			default: '',
			description: 'Why delivery failed, shown to agents on the message; sent only when Status is Failed',
			displayOptions: { show: { status: ['failed'] } },
			routing: { send: { type: 'body', property: 'external_error' } },
		},
	],
	output: '',
});
