import { defineOperation } from '../../../ChatWoot/shared/operation';
import { agentBotIdField } from './fields';

export const deleteAgentBotAvatar = defineOperation({
	resource: 'agentBot',
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: "Delete an agent bot's avatar",
	description: "Remove an agent bot's avatar image",
	method: 'DELETE',
	path: '/platform/api/v1/agent_bots/{agentBotId}/avatar',
	fields: [agentBotIdField()],
	// The bot itself, unwrapped (platform agent_bots/avatar.json.jbuilder, 4.11–4.16).
	output: '',
});
