import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentBotIdField } from './fields';

export const deleteAgentBotAvatar = defineOperation({
	resource: 'agentBot',
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of an agent bot',
	description: "Remove an agent bot's avatar image",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/agent_bots/{agentBotId}/avatar',
	access: { admin: true },
	fields: [accountIdField(), agentBotIdField('The agent bot whose avatar to remove')],
	output: '',
});
