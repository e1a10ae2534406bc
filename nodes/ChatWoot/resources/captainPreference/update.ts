import { accountIdField, jsonOption, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { parseJsonAt } from '../../shared/requestBody';

export const updateCaptainPreferences = defineOperation({
	resource: 'captainPreference',
	value: 'update',
	name: 'Update',
	action: 'Update the Captain preferences',
	description: 'Choose the model of each Captain feature or turn features on or off; keys sent are merged into the current settings',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/captain/preferences',
	access: { admin: true },
	fields: [
		accountIdField(),
		updateFields('captainPreferenceUpdateFields', [
			jsonOption('Features', 'captainFeatures', 'captain_features', {
				placeholder: '{"label_suggestion":true}',
				description: 'A JSON object of feature keys and whether each is on',
			}),
			jsonOption('Models', 'captainModels', 'captain_models', {
				placeholder: '{"editor":"gpt-4.1-mini"}',
				description: 'A JSON object of feature keys and the model each uses',
			}),
		]),
	],
	preSend: [parseJsonAt('captain_features', 'Features', '{"label_suggestion":true}'), parseJsonAt('captain_models', 'Models', '{"editor":"gpt-4.1-mini"}')],
	output: '',
});
