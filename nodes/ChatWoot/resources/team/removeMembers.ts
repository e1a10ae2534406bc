import { checkAgentIds, agentIdsField, chosenAgentIds } from '../agent/fields';
import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const removeTeamMembers = defineOperation({
	resource: 'team',
	value: 'removeMembers',
	name: 'Remove Members',
	action: 'Remove agents from a team',
	description: 'Take agents out of a team',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}/team_members',
	access: { admin: true },
	fields: [accountIdField(), teamLocator('The team to remove agents from'), agentIdsField('The agents to remove')],
	preSend: [checkAgentIds],
	output: withRecordFields({ team_id: 'teamId', user_ids: chosenAgentIds }),
});
