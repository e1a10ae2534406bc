import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getNotificationSettings = defineOperation({
	resource: 'notification',
	value: 'getSettings',
	name: 'Get Settings',
	action: 'Get the notification settings',
	description: "Which events the token's user gets email and push notifications for in the account",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/notification_settings',
	fields: [accountIdField()],
	output: '',
});
