import { defineOperation } from '../../shared/operation';
import { unixSecondsAt } from '../../shared/dates';
import { CONVERSATION, conversationFields, statusOptions } from './fields';

export const toggleConversationStatus = defineOperation({
	resource: 'conversation',
	value: 'toggleStatus',
	name: 'Change Status',
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
	preSend: [unixSecondsAt('snoozed_until', 'Snooze Until')],
});
