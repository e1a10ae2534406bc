import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyApps = defineOperation({
	resource: 'integration',
	value: 'getManyApps',
	name: 'Get Many Apps',
	action: 'Get many integration apps',
	description: 'List the integrations ChatWoot offers and whether each is enabled',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/apps',
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
