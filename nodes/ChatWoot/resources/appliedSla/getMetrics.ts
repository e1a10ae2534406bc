import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { sendUnixDates } from '../report/fields';
import { slaFilters } from './fields';

export const getSlaMetrics = defineOperation({
	resource: 'appliedSla',
	value: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get SLA metrics',
	description: 'One item with the number of SLAs applied, how many were missed and the hit rate',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/applied_slas/metrics',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), slaFilters],
	preSend: [sendUnixDates],
	output: '',
});
