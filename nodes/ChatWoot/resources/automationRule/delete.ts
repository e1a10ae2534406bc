import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { automationRuleIdField } from './rules';

export const deleteAutomationRule = defineOperation({
	resource: 'automationRule',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an automation rule',
	description: 'Delete an automation rule',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/automation_rules/{automationRuleId}',
	access: { admin: true },
	fields: [accountIdField(), automationRuleIdField('The rule to delete')],
});
