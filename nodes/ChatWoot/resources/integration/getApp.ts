import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getApp = defineOperation({
	resource: 'integration',
	value: 'getApp',
	name: 'Get App',
	action: 'Get an integration app',
	description: 'Get one integration app with the settings fields its hooks take',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/apps/{appKey}',
	fields: [
		accountIdField(),
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. openai',
			description: 'The app\'s ID as Get Many Apps shows it, e.g. slack, dialogflow, openai, linear',
		},
	],
	output: '',
});
