import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { webhookIdField } from './fields';

export const deleteWebhook = defineOperation({
	resource: 'webhook',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook',
	description: 'Delete a webhook',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/webhooks/{webhookId}',
	access: { admin: true },
	fields: [accountIdField(), webhookIdField('The webhook to delete')],
});
