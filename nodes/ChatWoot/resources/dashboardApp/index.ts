import { defineResource } from '../../shared/operation';
import { createDashboardApp } from './create';
import { deleteDashboardApp } from './delete';
import { getDashboardApp } from './get';
import { getManyDashboardApps } from './getMany';
import { updateDashboardApp } from './update';

export const dashboardApp = defineResource(
	{ name: 'Dashboard App', value: 'dashboardApp', description: 'Web pages shown to agents beside conversations', defaultOperation: 'getMany' },
	[createDashboardApp, deleteDashboardApp, getDashboardApp, getManyDashboardApps, updateDashboardApp],
);
