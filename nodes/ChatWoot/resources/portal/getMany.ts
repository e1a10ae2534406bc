import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getManyPortals = defineOperation({
	resource: 'portal',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many help center portals',
	description: "The account's help center portals, one item each",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals',
	simplify: portalSummary,
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
