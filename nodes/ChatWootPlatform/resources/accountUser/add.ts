import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformAccountIdField } from '../../shared';
import { userIdBodyField } from './fields';

export const addAccountUser = defineOperation({
	resource: 'accountUser',
	value: 'add',
	name: 'Add',
	action: 'Add a user to an account',
	description: "Make a user a member of an account with a role, or change an existing member's role",
	method: 'POST',
	path: '/platform/api/v1/accounts/{accountId}/account_users',
	fields: [
		platformAccountIdField(),
		userIdBodyField,
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: [
				{ name: 'Agent', value: 'agent' },
				{ name: 'Administrator', value: 'administrator' },
			],
			default: 'agent',
			routing: { send: { type: 'body', property: 'role' } },
		},
	],
	output: '',
});
