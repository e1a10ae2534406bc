import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getAccount = defineOperation({
	resource: 'account',
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: "Get an account's details, features, settings and custom attributes",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}',
	fields: [accountIdField()],
	output: '',
});
