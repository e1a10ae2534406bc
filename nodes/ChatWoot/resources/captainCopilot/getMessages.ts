import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';

export const getCopilotMessages = defineOperation({
	resource: 'captainCopilot',
	value: 'getMessages',
	name: 'Get Messages',
	action: 'Get the messages of a Copilot thread',
	description: 'List the questions and answers of one of your Copilot threads, oldest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/copilot_threads/{threadId}/copilot_messages',
	access: { enterprise: true },
	fields: [accountIdField(), idField('threadId', 'One of your Copilot threads')],
	paging: numberedPages('payload', 1000),
});
