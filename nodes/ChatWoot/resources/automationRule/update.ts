import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { eventField, nameField, ruleOptions } from './fields';
import { actionsField, actionsFrom, automationRuleIdField, conditionsField, conditionsFrom } from './rules';
import { byDisplayName } from '../../shared/alphabetical';

export const updateAutomationRule = defineOperation({
	resource: 'automationRule',
	value: 'update',
	name: 'Update',
	action: 'Update an automation rule',
	description: "Change a rule; conditions or actions added here replace the rule's whole list",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/automation_rules/{automationRuleId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		automationRuleIdField('The rule to update'),
		updateFields('automationRuleUpdateFields', [...ruleOptions, actionsField, conditionsField, eventField, nameField].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: [conditionsFrom('automationRuleUpdateFields.conditions', false), actionsFrom('automationRuleUpdateFields.actions', false)],
	output: [singleRecord],
});
