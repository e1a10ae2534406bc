import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { notificationIdField } from './fields';

export const markNotificationUnread = defineOperation({
	resource: 'notification',
	value: 'markUnread',
	name: 'Mark as Unread',
	action: 'Mark a notification as unread',
	description: 'Mark one notification as unread again',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/notifications/{notificationId}/unread',
	fields: [accountIdField(), notificationIdField('The notification')],
	output: '',
});
