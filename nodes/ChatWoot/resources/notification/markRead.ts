import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { notificationIdField } from './fields';

export const markNotificationRead = defineOperation({
	resource: 'notification',
	value: 'markRead',
	name: 'Mark as Read',
	action: 'Mark a notification as read',
	description: 'Mark one notification as read',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/notifications/{notificationId}',
	fields: [accountIdField(), notificationIdField('The notification')],
	output: '',
});
