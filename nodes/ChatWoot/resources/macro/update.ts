import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { actionsField, actionsFrom } from '../automationRule/rules';
import { singleRecord } from '../../transport/output';
import { macroIdField, nameField, visibilityField } from './fields';

export const updateMacro = defineOperation({
	resource: 'macro',
	value: 'update',
	name: 'Update',
	action: 'Update a macro',
	description: "Change a macro; actions added here replace its whole list. Global macros need an administrator.",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/macros/{macroId}',
	fields: [
		accountIdField(),
		macroIdField('The macro to update'),
		updateFields('macroUpdateFields', [actionsField, nameField, visibilityField], 'Only the fields added here are sent'),
	],
	preSend: [actionsFrom('macroUpdateFields.actions', false)],
	output: [singleRecord],
});
