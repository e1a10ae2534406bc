import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

/** ChatWoot looks the new assignee up with `find_by(id:)`: 0 finds nobody, which unassigns (assignments_controller.rb). */
const NOBODY = 0;

/** The field Remove empties, output as null: no assignee, no team. */
const emptied = (key: string) => (context: IExecuteSingleFunctions) => (context.getNodeParameter('remove') === key ? null : undefined);

export const unassignConversation = defineOperation({
	resource: 'conversation',
	value: 'unassign',
	name: 'Unassign',
	action: 'Unassign a conversation',
	description: 'Remove the agent (or agent bot) or the team from a conversation',
	method: 'POST',
	path: `${CONVERSATION}/assignments`,
	access: { bot: true },
	fields: [
		...conversationFields('The conversation to unassign'),
		{
			displayName: 'Remove',
			name: 'remove',
			type: 'options',
			options: [
				{ name: 'Agent', value: 'assignee_id', description: 'The assigned agent or agent bot' },
				{ name: 'Team', value: 'team_id' },
			],
			default: 'assignee_id',
			routing: { send: { type: 'body', property: '={{ $value }}', value: `={{ ${NOBODY} }}` } },
		},
	],
	output: withRecordFields({ conversation_id: 'conversationId', assignee_id: emptied('assignee_id'), team_id: emptied('team_id') }),
});
