import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { teamSummary } from '../../shared/simplify';

export const getTeam = defineOperation({
	resource: 'team',
	value: 'get',
	name: 'Get',
	action: 'Get a team',
	description: 'Get one team',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}',
	simplify: teamSummary,
	fields: [accountIdField(), teamLocator('The team to get')],
	output: '',
});
