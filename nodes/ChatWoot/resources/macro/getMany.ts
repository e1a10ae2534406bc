import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyMacros = defineOperation({
	resource: 'macro',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many macros',
	description: "List the account's global macros and the token user's personal ones",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/macros',
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
