import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { copilotMessageFields } from './fields';

export const sendCopilotMessage = defineOperation({
	resource: 'captainCopilot',
	value: 'sendMessage',
	name: 'Send Message',
	action: 'Send a message to a Copilot thread',
	description: 'Ask a follow-up question in one of your Copilot threads; it answers in the background',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/copilot_threads/{threadId}/copilot_messages',
	access: { enterprise: true },
	fields: [
		accountIdField(),
		idField('threadId', 'One of your Copilot threads'),
		...copilotMessageFields,
	],
	output: '',
});
