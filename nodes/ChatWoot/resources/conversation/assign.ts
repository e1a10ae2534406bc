import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { agentLocator, teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields, numericBodyIds } from './fields';

/** The assignee's ID is checked under the name of the field it came from. */
async function checkAssigneeIds(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const assigneeLabel = this.getNodeParameter('assignTo', 'agent') === 'agentBot' ? 'Agent Bot ID' : 'Agent ID';
	return await numericBodyIds({ assignee_id: assigneeLabel, team_id: 'Team ID' }).call(this, requestOptions);
}

export const assignConversation = defineOperation({
	resource: 'conversation',
	value: 'assign',
	name: 'Assign',
	action: 'Assign a conversation',
	description: 'Assign a conversation to an agent, a team or an agent bot; the output is the agent, team or bot',
	method: 'POST',
	path: `${CONVERSATION}/assignments`,
	access: { bot: true },
	fields: [
		...conversationFields('The conversation to assign'),
		{
			displayName: 'Assign To',
			name: 'assignTo',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Agent', value: 'agent' },
				{ name: 'Agent Bot', value: 'agentBot', description: 'The bot takes over and the conversation becomes pending' },
				{ name: 'Team', value: 'team' },
			],
			default: 'agent',
		},
		{
			...agentLocator('The agent to assign', 'assigneeId'),
			displayName: 'Agent',
			displayOptions: { show: { assignTo: ['agent'] } },
			routing: { send: { type: 'body', property: 'assignee_id' } },
		},
		{
			...teamLocator('The team to assign'),
			displayOptions: { show: { assignTo: ['team'] } },
			routing: { send: { type: 'body', property: 'team_id' } },
		},
		{
			...idField('agentBotId', 'The agent bot to assign, as Settings → Bots shows it', { assignTo: ['agentBot'] }),
			routing: { send: { type: 'body', property: 'assignee_id' } },
		},
		{
			displayName: 'Assignee Type',
			name: 'assigneeType',
			type: 'hidden',
			default: 'AgentBot',
			displayOptions: { show: { assignTo: ['agentBot'] } },
			routing: { send: { type: 'body', property: 'assignee_type' } },
		},
	],
	preSend: [checkAssigneeIds],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
