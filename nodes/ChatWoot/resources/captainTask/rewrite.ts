import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { conversationNumberOption } from './fields';

export const rewriteText = defineOperation({
	resource: 'captainTask',
	value: 'rewrite',
	name: 'Rewrite',
	action: 'Rewrite a text with Captain',
	description: 'Fix, improve or change the tone of a draft reply with the AI model configured for Captain',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/tasks/rewrite',
	fields: [
		accountIdField(),
		{
			displayName: 'Text',
			name: 'content',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'The draft to rewrite',
			routing: { send: { type: 'body', property: 'content' } },
		},
		{
			displayName: 'Rewrite As',
			name: 'rewriteOperation',
			type: 'options',
			options: [
				{ name: 'Casual Tone', value: 'casual' },
				{ name: 'Confident Tone', value: 'confident' },
				{ name: 'Fix Spelling and Grammar', value: 'fix_spelling_grammar' },
				{ name: 'Friendly Tone', value: 'friendly' },
				{ name: 'Improve', value: 'improve' },
				{ name: 'Professional Tone', value: 'professional' },
				{ name: 'Straightforward Tone', value: 'straightforward' },
			],
			required: true,
			default: 'casual',
			routing: { send: { type: 'body', property: 'operation' } },
		},
		optionsCollection('captainTaskOptions', [conversationNumberOption]),
	],
	output: '',
});
