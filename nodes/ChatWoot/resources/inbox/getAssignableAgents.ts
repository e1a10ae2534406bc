import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getInboxAssignableAgents = defineOperation({
	resource: 'inbox',
	value: 'getAssignableAgents',
	name: 'Get Assignable Agents',
	action: 'Get the agents assignable in an inbox',
	description: 'List the members of an inbox and the administrators. ChatWoot deprecates this route; Agent → Get Assignable does the same for several inboxes.',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/assignable_agents',
	simplify: agentSummary,
	fields: [accountIdField(), inboxLocator('The inbox whose assignable agents to list')],
	paging: wholeList('payload'),
});
