import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getAssistantTools = defineOperation({
	resource: 'captainAssistant',
	value: 'getTools',
	name: 'Get Tools',
	action: 'Get the tools Captain assistants can use',
	description: 'List the tools scenarios can give an assistant',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/tools',
	access: { admin: true, enterprise: true },
	fields: [accountIdField()],
	paging: wholeList(''),
});
