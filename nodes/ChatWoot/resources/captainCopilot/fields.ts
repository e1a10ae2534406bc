import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../shared/descriptions';

/** The question Copilot answers and its context: what Start Thread and Send Message both send. */
export const copilotMessageFields: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		routing: { send: { type: 'body', property: 'message' } },
	},
	optionsCollection('captainCopilotOptions', [
		{
			displayName: 'Conversation ID',
			name: 'conversationId',
			type: 'number',
			default: 0,
			description: 'The conversation (the number in its address) Copilot should take into account',
			routing: { send: { type: 'body', property: 'conversation_id' } },
		},
	]),
];
