import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { dashboardAppIdField } from './fields';

export const getDashboardApp = defineOperation({
	resource: 'dashboardApp',
	value: 'get',
	name: 'Get',
	action: 'Get a dashboard app',
	description: 'Get one dashboard app by its ID',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/dashboard_apps/{dashboardAppId}',
	fields: [accountIdField(), dashboardAppIdField('The dashboard app to get')],
	output: [singleRecord],
});
