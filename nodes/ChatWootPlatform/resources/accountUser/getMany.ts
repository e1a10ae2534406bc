import { defineOperation } from '../../../ChatWoot/shared/operation';
import { wholeList } from '../../../ChatWoot/transport/paging';
import { platformAccountIdField } from '../../shared';

export const getManyAccountUsers = defineOperation({
	resource: 'accountUser',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many users of an account',
	description: 'List the members of an account with their roles',
	method: 'GET',
	path: '/platform/api/v1/accounts/{accountId}/account_users',
	fields: [platformAccountIdField()],
	paging: wholeList(''),
});
