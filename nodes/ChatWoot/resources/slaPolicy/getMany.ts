import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManySlaPolicies = defineOperation({
	resource: 'slaPolicy',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many SLA policies',
	description: "List the account's SLA policies",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/sla_policies',
	access: { enterprise: true },
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
