import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { hookIdField, hookSettingsField, hookStatusField, parseHookSettings } from './fields';

export const updateHook = defineOperation({
	resource: 'integration',
	value: 'updateHook',
	name: 'Update Hook',
	action: 'Update an integration hook',
	description: 'Change the settings of a connected integration, or turn it on or off',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/integrations/hooks/{hookId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		hookIdField('The hook to update'),
		updateFields('integrationUpdateFields', [hookStatusField, hookSettingsField], 'Only the fields added here are sent'),
	],
	preSend: [parseHookSettings],
	output: '',
});
