import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { automationRuleIdField } from './rules';

export const cloneAutomationRule = defineOperation({
	resource: 'automationRule',
	value: 'clone',
	name: 'Clone',
	action: 'Clone an automation rule',
	description: 'Create a copy of an automation rule',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/automation_rules/{automationRuleId}/clone',
	access: { admin: true },
	fields: [accountIdField(), automationRuleIdField('The rule to copy')],
	output: [singleRecord],
});
