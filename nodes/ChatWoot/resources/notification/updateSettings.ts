import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { notificationSettingOptions } from './fields';

export const updateNotificationSettings = defineOperation({
	resource: 'notification',
	value: 'updateSettings',
	name: 'Update Settings',
	action: 'Update the notification settings',
	description: "Choose which events the token's user gets email and push notifications for in the account",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/notification_settings',
	fields: [
		accountIdField(),
		updateFields('notificationUpdateFields', notificationSettingOptions, 'A list added here replaces that list; a list not added is kept'),
	],
	preSend: [wrapBodyIn('notification_settings')],
	output: '',
});
