import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const resetInboxSecret = defineOperation({
	resource: 'inbox',
	value: 'resetSecret',
	name: 'Reset Secret',
	action: 'Reset the secret of an API inbox',
	description: 'API inboxes only: give the inbox a new secret for its webhook signatures and HMAC; the old one stops working',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/reset_secret',
	access: { admin: true, since: '4.13.0' },
	fields: [accountIdField(), inboxLocator('The API inbox whose secret to replace')],
	output: '',
});
