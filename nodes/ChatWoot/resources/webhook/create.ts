import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { checkWebhook, nameField, subscriptionsField, urlField } from './fields';

export const createWebhook = defineOperation({
	resource: 'webhook',
	value: 'create',
	name: 'Create',
	action: 'Create a webhook',
	description: 'Have ChatWoot POST chosen events to a URL',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/webhooks',
	access: { admin: true },
	fields: [
		accountIdField(),
		{ ...urlField, required: true },
		{ ...subscriptionsField, required: true },
		additionalFields('webhookAdditionalFields', [
			{
				displayName: 'Inbox ID',
				name: 'inboxId',
				type: 'number',
				default: 0,
				description: 'Stored with the webhook; ChatWoot still sends the events of every inbox',
				routing: { send: { type: 'body', property: 'webhook.inbox_id' } },
			},
			nameField,
		]),
	],
	preSend: [checkWebhook],
	output: 'payload.webhook',
});
