import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentBotIdField } from './fields';

export const getAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'get',
	name: 'Get',
	action: 'Get an agent bot',
	description: 'Get one agent bot; administrators also see its access token and secret',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/agent_bots/{agentBotId}',
	fields: [accountIdField(), agentBotIdField('The agent bot to get')],
	output: '',
});
