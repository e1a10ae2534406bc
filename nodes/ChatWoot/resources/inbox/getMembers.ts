import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getInboxMembers = defineOperation({
	resource: 'inbox',
	value: 'getMembers',
	name: 'Get Members',
	action: 'Get the agents of an inbox',
	description: 'List the agents who are members of an inbox',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inbox_members/{inboxId}',
	simplify: agentSummary,
	fields: [accountIdField(), inboxLocator('The inbox whose agents to list')],
	paging: wholeList('payload'),
});
