import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { macroIdField } from './fields';

export const getMacro = defineOperation({
	resource: 'macro',
	value: 'get',
	name: 'Get',
	action: 'Get a macro',
	description: "Get a global macro, or one of the token user's personal macros",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/macros/{macroId}',
	fields: [accountIdField(), macroIdField('The macro to get')],
	output: [singleRecord],
});
