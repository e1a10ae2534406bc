import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

/** The team filter of the live reports. */
export const liveTeamOptions = {
	displayName: 'Options',
	name: 'reportOptions',
	type: 'collection' as const,
	placeholder: 'Add Option',
	default: {},
	options: [{ ...teamLocator('Only conversations of this team'), required: false, routing: { send: { type: 'query' as const, property: 'team_id' } } }],
};

export const getLiveConversationCounts = defineOperation({
	resource: 'report',
	value: 'getLiveConversationCounts',
	name: 'Get Live Conversation Counts',
	action: 'Get live conversation counts',
	description: 'Right now: one item with the open, unattended, unassigned, pending and resolved conversations',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/live_reports/conversation_metrics',
	access: { admin: true },
	fields: [accountIdField(), liveTeamOptions],
	output: '',
});
