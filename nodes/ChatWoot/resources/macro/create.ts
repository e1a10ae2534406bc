import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { actionsField, actionsFrom } from '../automationRule/rules';
import { singleRecord } from '../../transport/output';
import { nameField, visibilityField } from './fields';

export const createMacro = defineOperation({
	resource: 'macro',
	value: 'create',
	name: 'Create',
	action: 'Create a macro',
	description: 'Save a sequence of actions agents can run on a conversation',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/macros',
	fields: [accountIdField(), { ...nameField, required: true }, visibilityField, { ...actionsField, required: true }],
	preSend: [actionsFrom('actions', true)],
	output: [singleRecord],
});
