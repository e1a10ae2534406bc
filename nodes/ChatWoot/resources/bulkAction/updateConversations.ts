import { accountIdField, updateFields } from '../../shared/descriptions';
import { agentLocator, teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { addLabelsOption, idListFrom, idsField, recordTypeField, removeLabelsOption } from './fields';

const optional = { required: false, default: { mode: 'list', value: '' } };

export const updateConversationsInBulk = defineOperation({
	resource: 'bulkAction',
	value: 'updateConversations',
	name: 'Update Conversations',
	action: 'Update conversations in bulk',
	description: 'Set the status, assignee or team of many conversations, or add and remove labels; ChatWoot applies it in the background',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/bulk_actions',
	fields: [
		accountIdField(),
		recordTypeField('Conversation'),
		idsField('Conversation IDs', 'The conversations to change, by their numbers in the dashboard, separated by commas'),
		updateFields('bulkActionUpdateFields', [
			addLabelsOption,
			{
				...agentLocator('The agent to assign the conversations to', 'assigneeId'),
				...optional,
				displayName: 'Assignee',
				routing: { send: { type: 'body', property: 'fields.assignee_id', value: '={{ Number($value) }}' } },
			},
			removeLabelsOption,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Open', value: 'open' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Resolved', value: 'resolved' },
					{ name: 'Snoozed', value: 'snoozed' },
				],
				default: 'resolved',
				routing: { send: { type: 'body', property: 'fields.status' } },
			},
			{
				...teamLocator('The team to assign the conversations to', 'teamId'),
				...optional,
				displayName: 'Team',
				routing: { send: { type: 'body', property: 'fields.team_id', value: '={{ Number($value) }}' } },
			},
		], 'Only the changes added here are made'),
	],
	preSend: [idListFrom('ids', 'Conversation IDs', 'ids')],
});
