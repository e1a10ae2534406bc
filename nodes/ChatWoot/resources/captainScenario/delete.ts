import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from '../captainAssistant/fields';
import { scenarioIdField } from './fields';

export const deleteScenario = defineOperation({
	resource: 'captainScenario',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a Captain scenario',
	description: 'Delete a scenario of an assistant',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/scenarios/{scenarioId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant'), scenarioIdField('The scenario to delete')],
});
