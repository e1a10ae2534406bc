import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { responseIdField } from './fields';

export const getResponse = defineOperation({
	resource: 'captainResponse',
	value: 'get',
	name: 'Get',
	action: 'Get a Captain FAQ response',
	description: 'Get one question and answer',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistant_responses/{responseId}',
	access: { enterprise: true },
	fields: [accountIdField(), responseIdField('The response to get')],
	output: '',
});
