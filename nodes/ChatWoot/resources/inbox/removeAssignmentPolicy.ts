import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const removeInboxAssignmentPolicy = defineOperation({
	resource: 'inbox',
	value: 'removeAssignmentPolicy',
	name: 'Detach Assignment Policy',
	action: 'Detach the assignment policy of an inbox',
	description: 'Detach the assignment policy from an inbox; the policy itself stays',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/assignment_policy',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox whose policy to detach')],
	output: withRecordFields({ inbox_id: 'inboxId' }),
});
