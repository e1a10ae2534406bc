import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { dashboardAppIdField } from './fields';

export const deleteDashboardApp = defineOperation({
	resource: 'dashboardApp',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a dashboard app',
	description: 'Delete a dashboard app',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/dashboard_apps/{dashboardAppId}',
	access: { admin: true },
	fields: [accountIdField(), dashboardAppIdField('The dashboard app to delete')],
});
