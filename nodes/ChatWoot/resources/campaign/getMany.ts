import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyCampaigns = defineOperation({
	resource: 'campaign',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: "List the account's campaigns",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/campaigns',
	access: { admin: true },
	fields: [accountIdField()],
	paging: wholeList(''),
});
