import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformAccountIdField } from '../../shared';

export const deleteAccount = defineOperation({
	resource: 'account',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an account',
	description: 'Delete an account with all its data; ChatWoot deletes it in the background',
	method: 'DELETE',
	path: '/platform/api/v1/accounts/{accountId}',
	fields: [platformAccountIdField()],
});
