import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { liveTeamOptions } from './getLiveConversationCounts';

export const getLiveConversationCountsByGroup = defineOperation({
	resource: 'report',
	value: 'getLiveConversationCountsByGroup',
	name: 'Get Live Conversation Counts by Group',
	action: 'Get live conversation counts by agent or team',
	description: 'Right now: one item per agent or team with its open, unattended and unassigned conversations',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/live_reports/grouped_conversation_metrics',
	access: { admin: true },
	fields: [
		accountIdField(),
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'options',
			default: 'assignee_id',
			options: [
				{ name: 'Agent', value: 'assignee_id' },
				{ name: 'Team', value: 'team_id' },
			],
			routing: { send: { type: 'query', property: 'group_by' } },
		},
		liveTeamOptions,
	],
	output: '',
});
