import { unixSecondsAt } from '../../shared/dates';
import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { notificationIdField } from './fields';

export const snoozeNotification = defineOperation({
	resource: 'notification',
	value: 'snooze',
	name: 'Snooze',
	action: 'Snooze a notification',
	description: 'Hide a notification until a given time',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/notifications/{notificationId}/snooze',
	fields: [
		accountIdField(),
		notificationIdField('The notification to snooze'),
		{
			displayName: 'Snoozed Until',
			name: 'snoozedUntil',
			type: 'dateTime',
			default: '',
			required: true,
			routing: { send: { type: 'body', property: 'snoozed_until' } },
		},
	],
	preSend: [unixSecondsAt('snoozed_until', 'Snoozed Until')],
	output: '',
});
