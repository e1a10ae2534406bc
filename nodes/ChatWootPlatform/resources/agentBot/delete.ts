import { defineOperation } from '../../../ChatWoot/shared/operation';
import { agentBotIdField } from './fields';

export const deleteAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent bot',
	description: 'Delete an agent bot of the platform app',
	method: 'DELETE',
	path: '/platform/api/v1/agent_bots/{agentBotId}',
	fields: [agentBotIdField()],
});
