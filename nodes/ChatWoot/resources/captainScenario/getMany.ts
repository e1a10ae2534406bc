import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { assistantIdField } from '../captainAssistant/fields';

export const getManyScenarios = defineOperation({
	resource: 'captainScenario',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many scenarios of a Captain assistant',
	description: "List an assistant's enabled scenarios",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/scenarios',
	access: { enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant')],
	paging: wholeList('payload'),
});
