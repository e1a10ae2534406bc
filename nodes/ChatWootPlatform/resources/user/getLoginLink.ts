import { defineOperation } from '../../../ChatWoot/shared/operation';
import { withRecordFields } from '../../../ChatWoot/transport/output';
import { userIdField } from './fields';

export const getUserLoginLink = defineOperation({
	resource: 'user',
	value: 'getLoginLink',
	name: 'Get Login Link',
	action: 'Get a single sign-on link for a user',
	description: 'Get a one-time link that signs the user in to the ChatWoot dashboard',
	method: 'GET',
	path: '/platform/api/v1/users/{userId}/login',
	fields: [userIdField()],
	output: withRecordFields({ user_id: 'userId' }),
});
