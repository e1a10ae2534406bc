import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { eventField, nameField, ruleOptions } from './fields';
import { actionsField, actionsFrom, conditionsField, conditionsFrom } from './rules';

export const createAutomationRule = defineOperation({
	resource: 'automationRule',
	value: 'create',
	name: 'Create',
	action: 'Create an automation rule',
	description: 'Add a rule that acts on conversations when an event matches its conditions',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/automation_rules',
	access: { admin: true },
	fields: [
		accountIdField(),
		{ ...nameField, required: true },
		eventField,
		// Required here (not on Update), so the panel marks them; the preSends refuse an empty list.
		{ ...conditionsField, required: true },
		{ ...actionsField, required: true },
		additionalFields('automationRuleAdditionalFields', ruleOptions),
	],
	preSend: [conditionsFrom('conditions', true), actionsFrom('actions', true)],
	output: [singleRecord],
});
