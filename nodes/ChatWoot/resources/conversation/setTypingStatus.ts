import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { BOT_TYPING_SINCE, CONVERSATION, conversationFields } from './fields';

export const setConversationTypingStatus = defineOperation({
	resource: 'conversation',
	value: 'setTypingStatus',
	name: 'Turn Typing On or Off',
	action: 'Turn typing on or off in a conversation',
	description: 'Show or stop the typing indicator of the token owner in a conversation',
	method: 'POST',
	path: `${CONVERSATION}/toggle_typing_status`,
	access: { bot: BOT_TYPING_SINCE },
	fields: [
		...conversationFields('The conversation to type in'),
		{
			displayName: 'Typing',
			name: 'typingStatus',
			type: 'options',
			options: [
				{ name: 'On', value: 'on' },
				{ name: 'Off', value: 'off' },
			],
			default: 'on',
			required: true,
			routing: { send: { type: 'body', property: 'typing_status' } },
		},
		{
			displayName: 'Private Note',
			name: 'isPrivate',
			type: 'boolean',
			default: false,
			description: 'Whether the typing is of a private note, shown to agents only',
			routing: { send: { type: 'body', property: 'is_private' } },
		},
	],
	output: withRecordFields({ conversation_id: 'conversationId', typing_status: 'typingStatus' }),
});
