import { accountIdField } from '../../shared/descriptions';
import { agentLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const getOpenConversationCounts = defineOperation({
	resource: 'report',
	value: 'getOpenConversationCounts',
	name: 'Get Open Conversation Counts',
	action: 'Get open conversation counts',
	description:
		'Right now: one item with the open, unattended and unassigned conversations of the account, or one item per agent with their open and unattended conversations',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/conversations',
	access: { admin: true },
	fields: [
		accountIdField(),
		{
			displayName: 'Report On',
			name: 'type',
			type: 'options',
			default: 'account',
			options: [
				{ name: 'Account', value: 'account', description: 'One item for the whole account' },
				{ name: 'Agents', value: 'agent', description: 'One item per agent, or only the chosen agent' },
			],
			routing: { send: { type: 'query', property: 'type' } },
		},
		{
			displayName: 'Options',
			name: 'reportOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { type: ['agent'] } },
			options: [
				{
					...agentLocator('Only this agent'),
					required: false,
					routing: { send: { type: 'query', property: 'user_id' } },
				},
			],
		},
	],
	output: '',
});
