import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentBotIdField } from './fields';

export const deleteAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent bot',
	description: "Delete an agent bot and disconnect it from its inboxes",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/agent_bots/{agentBotId}',
	access: { admin: true },
	fields: [accountIdField(), agentBotIdField('The agent bot to delete')],
	output: '',
});
