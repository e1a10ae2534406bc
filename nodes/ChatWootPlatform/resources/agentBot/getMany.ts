import { defineOperation } from '../../../ChatWoot/shared/operation';
import { wholeList } from '../../../ChatWoot/transport/paging';

export const getManyAgentBots = defineOperation({
	resource: 'agentBot',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many agent bots',
	description: 'List the agent bots of the platform app',
	method: 'GET',
	path: '/platform/api/v1/agent_bots',
	paging: wholeList(''),
});
