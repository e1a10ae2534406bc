import { checkAgentIds, agentIdsField } from '../agent/fields';
import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const setTeamMembers = defineOperation({
	resource: 'team',
	value: 'setMembers',
	name: 'Replace Members',
	action: 'Replace the agents of a team',
	description: 'Make the given agents the whole team: agents left out are removed. Outputs the agents now in the team.',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}/team_members',
	access: { admin: true },
	fields: [accountIdField(), teamLocator('The team whose agents to replace'), agentIdsField('Every agent the team should have')],
	preSend: [checkAgentIds],
	output: withRecordFields({ team_id: 'teamId' }),
});
