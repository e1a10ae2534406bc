import { defineOperation } from '../../../ChatWoot/shared/operation';
import { agentBotIdField } from './fields';

export const getAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'get',
	name: 'Get',
	action: 'Get an agent bot',
	description: 'Get an agent bot of the platform app',
	method: 'GET',
	path: '/platform/api/v1/agent_bots/{agentBotId}',
	fields: [agentBotIdField()],
	output: '',
});
