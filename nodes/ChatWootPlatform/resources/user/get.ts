import { defineOperation } from '../../../ChatWoot/shared/operation';
import { userIdField } from './fields';

export const getUser = defineOperation({
	resource: 'user',
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get a user the platform app created or was granted',
	method: 'GET',
	path: '/platform/api/v1/users/{userId}',
	fields: [userIdField()],
	output: '',
});
