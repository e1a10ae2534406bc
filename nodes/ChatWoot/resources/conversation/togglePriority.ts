import { defineOperation } from '../../shared/operation';
import { clearPriorityNone, CONVERSATION, conversationFields, priorityOptions } from './fields';

export const toggleConversationPriority = defineOperation({
	resource: 'conversation',
	value: 'togglePriority',
	name: 'Toggle Priority',
	action: 'Set the priority of a conversation',
	description: 'Set a conversation to urgent, high, medium or low priority, or clear it',
	method: 'POST',
	path: `${CONVERSATION}/toggle_priority`,
	access: { bot: true },
	fields: [
		...conversationFields('The conversation whose priority changes'),
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			options: priorityOptions,
			default: 'high',
			required: true,
			description: 'None clears the priority',
			routing: { send: { type: 'body', property: 'priority' } },
		},
	],
	preSend: [clearPriorityNone],
});
