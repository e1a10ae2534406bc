import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** What Agent Capacity Policy operations share. ChatWoot reads policy fields under `agent_capacity_policy`. */

export const capacityPolicyIdField = (description: string) => idField('capacityPolicyId', description);

export const capacityPolicyNameOption: INodeProperties = bodyField('Name', 'name', 'agent_capacity_policy.name');

export const capacityPolicyFieldOptions: INodeProperties[] = [
	bodyField('Description', 'description', 'agent_capacity_policy.description'),
	{
		displayName: 'Exclude Conversations Older Than (Hours)',
		name: 'excludeOlderThanHours',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 24,
		description: "Conversations older than this many hours do not count towards an agent's capacity",
		routing: { send: { type: 'body', property: 'agent_capacity_policy.exclusion_rules.exclude_older_than_hours' } },
	},
	{
		displayName: 'Excluded Label Names or IDs',
		name: 'excludedLabels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
		default: [],
		description:
			'Conversations with these labels do not count towards capacity. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'agent_capacity_policy.exclusion_rules.excluded_labels' } },
	},
];

export const conversationLimitField: INodeProperties = {
	displayName: 'Conversation Limit',
	name: 'conversationLimit',
	type: 'number',
	typeOptions: { minValue: 1 },
	required: true,
	default: 10,
	description: 'How many open conversations of this inbox an agent on the policy may hold at once',
	routing: { send: { type: 'body', property: 'conversation_limit' } },
};

export const inboxLimitIdField = (description: string) => idField('inboxLimitId', description);
