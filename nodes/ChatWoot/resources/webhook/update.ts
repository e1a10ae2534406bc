import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { checkWebhook, nameField, subscriptionsField, urlField, webhookIdField } from './fields';

export const updateWebhook = defineOperation({
	resource: 'webhook',
	value: 'update',
	name: 'Update',
	action: 'Update a webhook',
	description: "Change a webhook's URL, name or events; the events chosen replace the old list",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/webhooks/{webhookId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		webhookIdField('The webhook to update'),
		updateFields('webhookUpdateFields', [subscriptionsField, nameField, urlField], 'Only the fields added here are sent'),
	],
	preSend: [checkWebhook],
	output: 'payload.webhook',
});
