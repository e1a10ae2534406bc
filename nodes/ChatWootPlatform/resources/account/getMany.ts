import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformAccountSummary } from '../../../ChatWoot/shared/simplify';
import { wholeList } from '../../../ChatWoot/transport/paging';

export const getManyAccounts = defineOperation({
	resource: 'account',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'List the accounts the platform app created or was granted',
	method: 'GET',
	path: '/platform/api/v1/accounts',
	simplify: platformAccountSummary,
	paging: wholeList(''),
});
