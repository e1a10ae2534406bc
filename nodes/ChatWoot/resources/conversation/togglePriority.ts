import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { clearPriorityNone, CONVERSATION, conversationFields, priorityOptions } from './fields';

/**
 * None goes as JSON `null` (clearPriorityNone), the one way to clear a priority every release
 * accepts: Conversation#toggle_priority stores `priority.presence` (app/models/conversation.rb),
 * while the word "none" failed with a 500 before 4.18 and is a 422 since (PR #15623).
 */
/** The priority the conversation now has: None is null, as in ChatWoot's conversation. */
const priorityNow = (context: IExecuteSingleFunctions) => {
	const priority = context.getNodeParameter('priority');
	return priority === 'none' ? null : priority;
};

export const toggleConversationPriority = defineOperation({
	resource: 'conversation',
	value: 'togglePriority',
	name: 'Set Priority',
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
	output: withRecordFields({ conversation_id: 'conversationId', priority: priorityNow }),
});
