import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyLabels = defineOperation({
	resource: 'label',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many labels',
	description: "List the account's labels",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/labels',
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
