import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { parseJsonAt } from '../../shared/requestBody';
import { conversationNumberOption } from './fields';

export const followUpTask = defineOperation({
	resource: 'captainTask',
	value: 'followUp',
	name: 'Refine Result',
	action: 'Refine a Captain result with a follow-up request',
	description: 'Ask Captain to change its last result (e.g. "shorter"), passing the Follow Up Context that result returned',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/tasks/follow_up',
	fields: [
		accountIdField(),
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 2 },
			required: true,
			default: '',
			description: 'What to change in the last result',
			routing: { send: { type: 'body', property: 'message' } },
		},
		{
			displayName: 'Follow Up Context',
			name: 'followUpContext',
			type: 'json',
			required: true,
			default: '{}',
			description: 'The follow_up_context object returned by the previous Captain task, as JSON',
			routing: { send: { type: 'body', property: 'follow_up_context' } },
		},
		optionsCollection('captainTaskOptions', [conversationNumberOption]),
	],
	preSend: [parseJsonAt('follow_up_context', 'Follow Up Context', '{"messages":[]}')],
	output: '',
});
