import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { macroIdField } from './fields';

export const deleteMacro = defineOperation({
	resource: 'macro',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a macro',
	description: 'Delete a macro. Global macros need an administrator.',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/macros/{macroId}',
	fields: [accountIdField(), macroIdField('The macro to delete')],
});
