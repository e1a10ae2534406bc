import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { automationRuleIdField } from './rules';

export const getAutomationRule = defineOperation({
	resource: 'automationRule',
	value: 'get',
	name: 'Get',
	action: 'Get an automation rule',
	description: 'Get one automation rule by its ID',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/automation_rules/{automationRuleId}',
	access: { admin: true },
	fields: [accountIdField(), automationRuleIdField('The rule to get')],
	output: [singleRecord],
});
