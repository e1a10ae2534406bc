import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';

export const getManyCustomTools = defineOperation({
	resource: 'captainCustomTool',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many Captain custom tools',
	description: 'List the HTTP tools Captain assistants can call',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/custom_tools',
	access: { enterprise: true },
	fields: [accountIdField()],
	paging: numberedPages('payload', 25),
});
