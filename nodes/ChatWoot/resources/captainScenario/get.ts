import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from '../captainAssistant/fields';
import { scenarioIdField } from './fields';

export const getScenario = defineOperation({
	resource: 'captainScenario',
	value: 'get',
	name: 'Get',
	action: 'Get a Captain scenario',
	description: 'Get one scenario of an assistant',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/scenarios/{scenarioId}',
	access: { enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant'), scenarioIdField('The scenario to get')],
	output: '',
});
