import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getLinearTeams = defineOperation({
	resource: 'integration',
	value: 'getLinearTeams',
	name: 'Get Many Linear Teams',
	action: 'Get many Linear teams',
	description: 'List the teams of the connected Linear workspace',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/linear/teams',
	fields: [accountIdField()],
	paging: wholeList(''),
});
