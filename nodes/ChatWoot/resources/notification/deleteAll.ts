import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const deleteAllNotifications = defineOperation({
	resource: 'notification',
	value: 'deleteAll',
	name: 'Delete Many',
	action: 'Delete many notifications',
	description: "Delete the token's user's read notifications, or all of them, in the background",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/notifications/destroy_all',
	fields: [
		accountIdField(),
		{
			displayName: 'Which',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Read', value: 'read' },
			],
			default: 'read',
			routing: { send: { type: 'body', property: 'type' } },
		},
	],
	output: '',
});
