import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { notificationIdField } from './fields';

export const deleteNotification = defineOperation({
	resource: 'notification',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a notification',
	description: 'Delete one notification',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/notifications/{notificationId}',
	fields: [accountIdField(), notificationIdField('The notification')],
	output: '',
});
