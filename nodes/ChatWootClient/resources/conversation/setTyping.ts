import { defineOperation } from '../../../ChatWoot/shared/operation';
import { withRecordFields } from '../../../ChatWoot/transport/output';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

export const setTyping = defineOperation({
	resource: 'conversation',
	value: 'setTyping',
	name: 'Show or Hide Typing',
	action: 'Show or hide the contact typing',
	description: 'Tell the agents the contact started or stopped typing',
	method: 'POST',
	path: `${CONVERSATION_PATH}/toggle_typing`,
	fields: [
		contactIdentifierField,
		conversationIdField(),
		{
			displayName: 'Typing',
			name: 'typingStatus',
			type: 'options',
			options: [
				{ name: 'On', value: 'on' },
				{ name: 'Off', value: 'off' },
			],
			default: 'on',
			routing: { send: { type: 'body', property: 'typing_status' } },
		},
	],
	output: withRecordFields({ conversation_id: 'conversationId', typing_status: 'typingStatus' }),
});
