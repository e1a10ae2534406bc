import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { hookSettingsField, hookStatusField, parseHookSettings, textInBody } from './fields';

export const createHook = defineOperation({
	resource: 'integration',
	value: 'createHook',
	name: 'Create Hook',
	action: 'Create an integration hook',
	description: 'Connect an integration app to the account or to one inbox',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/hooks',
	access: { admin: true },
	fields: [
		accountIdField(),
		textInBody('App Key', 'appKey', 'hook.app_id', 'The app to connect, e.g. dialogflow or openai'),
		additionalFields('integrationAdditionalFields', [
			hookStatusField,
			{
				displayName: 'Inbox ID',
				name: 'inboxId',
				type: 'number',
				default: 0,
				description: 'For apps connected per inbox (e.g. Dialogflow): the inbox',
				routing: { send: { type: 'body', property: 'hook.inbox_id' } },
			},
			hookSettingsField,
		]),
	],
	preSend: [parseHookSettings],
	output: '',
});
