import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { teamSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';

export const getManyTeams = defineOperation({
	resource: 'team',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many teams',
	description: "List the account's teams",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/teams',
	simplify: teamSummary,
	fields: [accountIdField()],
	paging: wholeList(''),
});
