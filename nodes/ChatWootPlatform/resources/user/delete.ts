import { defineOperation } from '../../../ChatWoot/shared/operation';
import { userIdField } from './fields';

export const deleteUser = defineOperation({
	resource: 'user',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description: 'Delete a user; ChatWoot removes it from all its accounts in the background',
	method: 'DELETE',
	path: '/platform/api/v1/users/{userId}',
	fields: [userIdField()],
});
