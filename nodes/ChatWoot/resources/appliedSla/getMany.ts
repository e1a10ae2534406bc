import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { sendUnixDates } from '../report/fields';
import { appliedSlaSort, slaFilters } from './fields';

export const getManyAppliedSlas = defineOperation({
	resource: 'appliedSla',
	value: 'getMany',
	name: 'Get Many Missed',
	action: 'Get many missed SLAs',
	description: 'The SLAs conversations missed, one item each with its conversation and policy, newest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/applied_slas',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), slaFilters, appliedSlaSort.field],
	preSend: [sendUnixDates, appliedSlaSort.preSend],
	paging: numberedPages('payload', 25),
});
