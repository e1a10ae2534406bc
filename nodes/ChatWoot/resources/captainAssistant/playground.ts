import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { parseJsonAt } from '../../shared/requestBody';
import { assistantIdField } from './fields';

export const askAssistant = defineOperation({
	resource: 'captainAssistant',
	value: 'playground',
	name: 'Ask',
	action: 'Ask a Captain assistant a question',
	description: 'Get the reply the assistant would give to a message, without a conversation (runs the AI model and waits for it)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/playground',
	access: { enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant to ask'),
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			routing: { send: { type: 'body', property: 'assistant.message_content' } },
		},
		optionsCollection('captainAssistantOptions', [
			{
				displayName: 'Message History',
				name: 'messageHistory',
				type: 'json',
				default: '[]',
				placeholder: '[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]',
				description: 'Earlier turns, oldest first, as a JSON array of {role, content} objects',
				routing: { send: { type: 'body', property: 'assistant.message_history' } },
			},
		]),
	],
	preSend: [parseJsonAt('assistant.message_history', 'Message History', '[{"role":"user","content":"Hi"}]', 'array')],
	output: '',
});
