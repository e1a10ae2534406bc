import { accountIdField } from '../../shared/descriptions';
import { wholeList } from '../../transport/paging';
import { defineOperation } from '../../shared/operation';

export const getManyCustomRoles = defineOperation({
	resource: 'customRole',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many custom roles',
	description: 'List the account\'s custom agent roles',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/custom_roles',
	access: { admin: true, enterprise: true },
	fields: [accountIdField()],
	paging: wholeList(''),
});
