import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentBotIdField } from './fields';

export const resetAgentBotAccessToken = defineOperation({
	resource: 'agentBot',
	value: 'resetAccessToken',
	name: 'Reset Access Token',
	action: 'Reset the access token of an agent bot',
	description: "Give an agent bot a new access token; the old one stops working, so update any n8n credential that uses it",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agent_bots/{agentBotId}/reset_access_token',
	access: { admin: true },
	fields: [accountIdField(), agentBotIdField('The agent bot whose token to replace')],
	output: '',
});
