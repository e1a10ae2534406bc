import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from '../captainAssistant/fields';
import { parseScenarioTools, scenarioFieldOptions, scenarioIdField, scenarioInstructionOption, scenarioTitleOption } from './fields';

export const updateScenario = defineOperation({
	resource: 'captainScenario',
	value: 'update',
	name: 'Update',
	action: 'Update a Captain scenario',
	description: "Change a scenario's text, tools or whether it is enabled",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/scenarios/{scenarioId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant'),
		scenarioIdField('The scenario to update'),
		updateFields('captainScenarioUpdateFields', [scenarioFieldOptions[0], scenarioFieldOptions[1], scenarioInstructionOption, scenarioTitleOption, scenarioFieldOptions[2]], 'Only the fields added here are sent'),
	],
	preSend: [parseScenarioTools],
	output: '',
});
