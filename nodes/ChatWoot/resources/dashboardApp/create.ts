import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { titleField, urlField } from './fields';

export const createDashboardApp = defineOperation({
	resource: 'dashboardApp',
	value: 'create',
	name: 'Create',
	action: 'Create a dashboard app',
	description: 'Add a web page that agents see as a tab beside conversations',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/dashboard_apps',
	access: { admin: true },
	fields: [accountIdField(), { ...titleField, required: true }, { ...urlField, required: true }],
	output: [singleRecord],
});
