import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformUserSummary } from '../../../ChatWoot/shared/simplify';
import { userIdField } from './fields';

export const getUser = defineOperation({
	resource: 'user',
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get a user the platform app created or was granted',
	method: 'GET',
	path: '/platform/api/v1/users/{userId}',
	simplify: platformUserSummary,
	fields: [userIdField()],
	output: '',
});
