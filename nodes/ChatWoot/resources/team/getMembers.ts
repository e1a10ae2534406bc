import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getTeamMembers = defineOperation({
	resource: 'team',
	value: 'getMembers',
	name: 'Get Members',
	action: 'Get the agents of a team',
	description: 'List the agents in a team',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}/team_members',
	simplify: agentSummary,
	fields: [accountIdField(), teamLocator('The team whose agents to list')],
	paging: wholeList(''),
});
