import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const getInboxAgentBot = defineOperation({
	resource: 'inbox',
	value: 'getAgentBot',
	name: 'Get Agent Bot',
	action: 'Get the agent bot of an inbox',
	description: 'Get the agent bot connected to an inbox; an empty item when there is none',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/agent_bot',
	fields: [accountIdField(), inboxLocator('The inbox whose agent bot to get')],
	output: 'agent_bot',
});
