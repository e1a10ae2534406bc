import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const getInboxHealth = defineOperation({
	resource: 'inbox',
	value: 'getHealth',
	name: 'Get Health',
	action: 'Get the health of a WhatsApp inbox',
	description: 'WhatsApp Cloud inboxes only: the phone number\'s status as Meta reports it',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/health',
	fields: [accountIdField(), inboxLocator('The WhatsApp Cloud inbox to check')],
	output: '',
});
