import type { INodeProperties } from 'n8n-workflow';

/** Captain's writing tasks read their fields at the top level of the body; the conversation is its number (display ID). */

export const conversationNumberOption: INodeProperties = {
	displayName: 'Conversation ID',
	name: 'conversationId',
	type: 'number',
	default: 0,
	description: 'The conversation (the number in its address) to take into account',
	routing: { send: { type: 'body', property: 'conversation_display_id' } },
};
