import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { dateRangeFields, sendUnixDates } from './fields';

export const getOutgoingMessageCounts = defineOperation({
	resource: 'report',
	value: 'getOutgoingMessageCounts',
	name: 'Get Outgoing Message Counts',
	action: 'Get outgoing message counts',
	description: 'One item per agent, team, inbox or label with the number of messages sent in the period',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/outgoing_messages_count',
	access: { admin: true },
	fields: [
		accountIdField(),
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'options',
			default: 'agent',
			options: [
				{ name: 'Agent', value: 'agent' },
				{ name: 'Inbox', value: 'inbox' },
				{ name: 'Label', value: 'label' },
				{ name: 'Team', value: 'team' },
			],
			routing: { send: { type: 'query', property: 'group_by' } },
		},
		...dateRangeFields,
	],
	preSend: [sendUnixDates],
	output: '',
});
