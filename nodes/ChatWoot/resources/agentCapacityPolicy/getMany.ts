import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyCapacityPolicies = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many agent capacity policies',
	description: "List the account's agent capacity policies",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies',
	access: { admin: true, enterprise: true },
	fields: [accountIdField()],
	paging: wholeList(''),
});
