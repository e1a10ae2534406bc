import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getManyAgents = defineOperation({
	resource: 'agent',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many agents',
	description: "List the account's agents and administrators",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/agents',
	simplify: agentSummary,
	fields: [accountIdField()],
	paging: wholeList(''),
});
