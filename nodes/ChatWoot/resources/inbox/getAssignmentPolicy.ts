import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const getInboxAssignmentPolicy = defineOperation({
	resource: 'inbox',
	value: 'getAssignmentPolicy',
	name: 'Get Assignment Policy',
	action: 'Get the assignment policy of an inbox',
	description: 'Get the assignment policy attached to an inbox; ChatWoot answers 404 when none is',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/assignment_policy',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox whose policy to get')],
	output: '',
});
