import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from './fields';

export const getAssistant = defineOperation({
	resource: 'captainAssistant',
	value: 'get',
	name: 'Get',
	action: 'Get a Captain assistant',
	description: 'Get one Captain assistant and its configuration',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}',
	access: { enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant to get')],
	output: '',
});
