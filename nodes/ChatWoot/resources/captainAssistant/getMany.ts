import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyAssistants = defineOperation({
	resource: 'captainAssistant',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many Captain assistants',
	description: "List the account's Captain AI assistants",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants',
	access: { enterprise: true },
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
