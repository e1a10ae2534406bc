import { defineOperation } from '../../shared/operation';
import { conversationFields, MESSAGE_PATH, messageIdField } from './fields';

export const deleteMessage = defineOperation({
	resource: 'message',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a message',
	description:
		'Delete a message the way the dashboard does: the message stays in the conversation with its content replaced by "This message was deleted", and its attachments are destroyed for good. Outputs the message as it is now.',
	method: 'DELETE',
	path: MESSAGE_PATH,
	fields: [...conversationFields('the message is in'), messageIdField('to delete')],
	output: '',
});
