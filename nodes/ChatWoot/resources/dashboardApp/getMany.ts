import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyDashboardApps = defineOperation({
	resource: 'dashboardApp',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many dashboard apps',
	description: "List the account's dashboard apps",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/dashboard_apps',
	fields: [accountIdField()],
	paging: wholeList(''),
});
