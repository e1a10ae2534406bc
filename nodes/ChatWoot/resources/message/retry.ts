import { defineOperation } from '../../shared/operation';
import { messageSummary } from '../../shared/simplify';
import { conversationFields, MESSAGE_PATH, messageIdField } from './fields';

export const retryMessage = defineOperation({
	resource: 'message',
	value: 'retry',
	name: 'Retry',
	action: 'Retry sending a failed message',
	description:
		'Send a failed outgoing message to the channel again, in the background. A message that has not failed is left as it is. Outputs the message.',
	method: 'POST',
	path: `${MESSAGE_PATH}/retry`,
	simplify: messageSummary,
	fields: [...conversationFields('the message is in'), messageIdField('to send again')],
	output: '',
});
