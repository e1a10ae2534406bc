import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyAutomationRules = defineOperation({
	resource: 'automationRule',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many automation rules',
	description: "List the account's automation rules",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/automation_rules',
	access: { admin: true },
	fields: [accountIdField()],
	paging: wholeList('payload'),
});
