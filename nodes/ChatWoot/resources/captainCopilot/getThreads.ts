import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';

export const getCopilotThreads = defineOperation({
	resource: 'captainCopilot',
	value: 'getThreads',
	name: 'Get Threads',
	action: 'Get your Copilot threads',
	description: 'List your own Copilot threads, newest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/copilot_threads',
	access: { enterprise: true },
	fields: [accountIdField()],
	paging: numberedPages('payload', 5),
});
