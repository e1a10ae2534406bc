import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyAgentBots = defineOperation({
	resource: 'agentBot',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many agent bots',
	description: "List the account's agent bots and the system bots",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/agent_bots',
	fields: [accountIdField()],
	paging: wholeList(''),
});
