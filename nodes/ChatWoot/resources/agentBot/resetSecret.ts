import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentBotIdField } from './fields';

export const resetAgentBotSecret = defineOperation({
	resource: 'agentBot',
	value: 'resetSecret',
	name: 'Reset Secret',
	action: 'Reset the secret of an agent bot',
	description: "Give an agent bot a new secret for signing its outgoing webhooks; verify deliveries with the new one",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agent_bots/{agentBotId}/reset_secret',
	access: { admin: true, since: '4.13.0' },
	fields: [accountIdField(), agentBotIdField('The agent bot whose secret to replace')],
	output: '',
});
