import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { clearPriorityNone, CONVERSATION, conversationFields, numericBodyIds, priorityOptions } from './fields';

export const updateConversation = defineOperation({
	resource: 'conversation',
	value: 'update',
	name: 'Update',
	action: 'Update a conversation',
	description:
		"Change a conversation's priority or SLA policy; status, assignee and labels have their own operations",
	method: 'PATCH',
	path: CONVERSATION,
	simplify: conversationSummary,
	access: { bot: true },
	fields: [
		...conversationFields('The conversation to update'),
		{
			displayName: 'Update Fields',
			name: 'conversationUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					options: priorityOptions,
					default: 'none',
					description: 'None clears the priority',
					routing: { send: { type: 'body', property: 'priority' } },
				},
				{
					displayName: 'SLA Policy ID',
					name: 'slaPolicyId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 2',
					description: 'The SLA policy to apply. Needs ChatWoot Enterprise; other editions ignore it.',
					routing: { send: { type: 'body', property: 'sla_policy_id' } },
				},
			],
		},
	],
	preSend: [clearPriorityNone, numericBodyIds({ sla_policy_id: 'SLA Policy ID' })],
	output: '',
});
