import { defineOperation } from '../../../ChatWoot/shared/operation';
import { withRecordFields } from '../../../ChatWoot/transport/output';
import { platformAccountIdField } from '../../shared';
import { userIdBodyField } from './fields';

export const removeAccountUser = defineOperation({
	resource: 'accountUser',
	value: 'remove',
	name: 'Remove',
	action: 'Remove a user from an account',
	description: 'End a user\'s membership of an account; the user itself is kept',
	method: 'DELETE',
	path: '/platform/api/v1/accounts/{accountId}/account_users',
	fields: [platformAccountIdField(), userIdBodyField],
	output: withRecordFields({ account_id: 'accountId', user_id: 'userId' }),
});
