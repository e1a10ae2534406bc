import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getCaptainPreferences = defineOperation({
	resource: 'captainPreference',
	value: 'get',
	name: 'Get',
	action: 'Get the Captain preferences',
	description: 'Get the AI providers, models and features Captain uses in the account',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/preferences',
	fields: [accountIdField()],
	output: '',
});
