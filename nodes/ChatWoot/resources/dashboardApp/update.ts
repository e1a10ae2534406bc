import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { dashboardAppIdField, titleField, urlField } from './fields';

export const updateDashboardApp = defineOperation({
	resource: 'dashboardApp',
	value: 'update',
	name: 'Update',
	action: 'Update a dashboard app',
	description: "Change a dashboard app's title or URL",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/dashboard_apps/{dashboardAppId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		dashboardAppIdField('The dashboard app to update'),
		updateFields('dashboardAppUpdateFields', [titleField, urlField], 'Only the fields added here are sent'),
	],
	output: [singleRecord],
});
