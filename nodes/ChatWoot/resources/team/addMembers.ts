import { checkAgentIds, agentIdsField } from '../agent/fields';
import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const addTeamMembers = defineOperation({
	resource: 'team',
	value: 'addMembers',
	name: 'Add Members',
	action: 'Add agents to a team',
	description: 'Add agents to a team; agents already in it stay. Outputs the agents added.',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}/team_members',
	access: { admin: true },
	fields: [accountIdField(), teamLocator('The team to add agents to'), agentIdsField('The agents to add')],
	preSend: [checkAgentIds],
	output: withRecordFields({ team_id: 'teamId' }),
});
