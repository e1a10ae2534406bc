import type { INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption, idField } from '../../shared/descriptions';

/** What assignment-policy Create and Update share; the controller reads them under `assignment_policy`. */

export const assignmentPolicyIdField = (description: string) => idField('assignmentPolicyId', description);

export const assignmentPolicyOptions: INodeProperties[] = [
	{
		displayName: 'Assignment Order',
		name: 'assignmentOrder',
		type: 'options',
		options: [
			{ name: 'Balanced', value: 'balanced', description: 'To the agent with the fewest open conversations' },
			{ name: 'Round Robin', value: 'round_robin', description: 'To each agent in turn' },
		],
		default: 'round_robin',
		routing: { send: { type: 'body', property: 'assignment_order' } },
	},
	{
		displayName: 'Conversation Priority',
		name: 'conversationPriority',
		type: 'options',
		options: [
			{ name: 'Earliest Created', value: 'earliest_created' },
			{ name: 'Longest Waiting', value: 'longest_waiting' },
		],
		default: 'earliest_created',
		description: 'Which waiting conversations are assigned first',
		routing: { send: { type: 'body', property: 'conversation_priority' } },
	},
	bodyField('Description', 'description', 'description'),
	booleanOption('Enabled', 'enabled', 'enabled', { description: 'Whether the policy assigns conversations', default: true }),
	{
		displayName: 'Fair Distribution Limit',
		name: 'fairDistributionLimit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 100,
		description: 'The most conversations one agent gets within the fair distribution window',
		routing: { send: { type: 'body', property: 'fair_distribution_limit' } },
	},
	{
		displayName: 'Fair Distribution Window (Seconds)',
		name: 'fairDistributionWindow',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 3600,
		routing: { send: { type: 'body', property: 'fair_distribution_window' } },
	},
];
