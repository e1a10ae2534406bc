import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assistantIdField } from '../captainAssistant/fields';
import { parseScenarioTools, scenarioFieldOptions, scenarioInstructionOption, scenarioTitleOption } from './fields';

export const createScenario = defineOperation({
	resource: 'captainScenario',
	value: 'create',
	name: 'Create',
	action: 'Create a Captain scenario',
	description: 'Teach an assistant what to do in a situation, with the tools it may use',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/scenarios',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant'),
		{ ...scenarioTitleOption, required: true },
		{ ...scenarioInstructionOption, required: true },
		additionalFields('captainScenarioAdditionalFields', scenarioFieldOptions),
	],
	preSend: [parseScenarioTools],
	output: '',
});
