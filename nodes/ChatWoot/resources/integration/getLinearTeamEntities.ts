import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { textInBody } from './fields';

export const getLinearTeamEntities = defineOperation({
	resource: 'integration',
	value: 'getLinearTeamEntities',
	name: 'Get Linear Team Entities',
	action: 'Get the entities of a Linear team',
	description: 'Get the members, projects, states and labels of a Linear team, for Create Linear Issue',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/linear/team_entities',
	fields: [accountIdField(), textInBody('Linear Team ID', 'linearTeamId', 'team_id', 'The team ID as Get Many Linear Teams shows it', 'query')],
	output: '',
});
