import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields, statusOptions, unixSeconds } from './fields';

/** ChatWoot reads `snoozed_until` as unix seconds (`DateTime.strptime(value, '%s')`). */
async function snoozeUntilSeconds(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	if (body.snoozed_until === undefined || body.snoozed_until === '') {
		delete body.snoozed_until;
	} else {
		body.snoozed_until = unixSeconds(this, body.snoozed_until, 'Snooze Until');
	}
	return requestOptions;
}

export const toggleConversationStatus = defineOperation({
	resource: 'conversation',
	value: 'toggleStatus',
	name: 'Toggle Status',
	action: 'Change the status of a conversation',
	description: 'Open, resolve, set pending or snooze a conversation',
	method: 'POST',
	path: `${CONVERSATION}/toggle_status`,
	access: { bot: true },
	fields: [
		...conversationFields('The conversation whose status changes'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'resolved',
			required: true,
			routing: { send: { type: 'body', property: 'status' } },
		},
		{
			displayName: 'Snooze Until',
			name: 'snoozedUntil',
			type: 'dateTime',
			default: '',
			description: 'When the conversation reopens by itself. Leave empty to snooze until the next reply.',
			displayOptions: { show: { status: ['snoozed'] } },
			routing: { send: { type: 'body', property: 'snoozed_until' } },
		},
	],
	preSend: [snoozeUntilSeconds],
});
