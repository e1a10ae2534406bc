import type { INodeProperties } from 'n8n-workflow';

import { bodyField } from '../../shared/descriptions';

/** Optional fields of Create Linear Issue (LinearController#create_issue's permitted params). */
export const linearIssueOptions: INodeProperties[] = [
	bodyField('Assignee ID', 'assigneeId', 'assignee_id', {
		description: 'The Linear user ID, as Get Linear Team Entities lists it',
	}),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Label IDs',
		name: 'labelIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 5b1c…, 9a2d…',
		description: 'Linear label IDs separated by commas, as Get Linear Team Entities lists them',
		routing: {
			send: {
				type: 'body',
				property: 'label_ids',
				value: '={{ String($value).split(",").map((entry) => entry.trim()).filter((entry) => entry) }}',
			},
		},
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: [
			{ name: 'No Priority', value: 0 },
			{ name: 'Urgent', value: 1 },
			{ name: 'High', value: 2 },
			{ name: 'Medium', value: 3 },
			{ name: 'Low', value: 4 },
		],
		default: 0,
		routing: { send: { type: 'body', property: 'priority' } },
	},
	bodyField('Project ID', 'projectId', 'project_id'),
	bodyField('State ID', 'stateId', 'state_id', { description: 'The workflow state, as Get Linear Team Entities lists them' }),
];
