import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { csvRowsToItems, sendUnixDates } from '../report/fields';
import { slaFilters } from './fields';

export const exportMissedSlas = defineOperation({
	resource: 'appliedSla',
	value: 'export',
	name: 'Export Missed',
	action: 'Export missed SLAs',
	description: "Every missed SLA in one request, as the rows of ChatWoot's CSV download: one item per row, keyed by the column titles",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/applied_slas/download',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), slaFilters],
	preSend: [sendUnixDates],
	output: [csvRowsToItems],
});
