import { idInBody } from '../../shared/requestBody';
import { accountIdField, idField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const setInboxAssignmentPolicy = defineOperation({
	resource: 'inbox',
	value: 'setAssignmentPolicy',
	name: 'Set Assignment Policy',
	action: 'Set the assignment policy of an inbox',
	description: 'Attach an assignment policy to an inbox, replacing any other',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/assignment_policy',
	access: { admin: true },
	fields: [
		accountIdField(),
		inboxLocator('The inbox to attach the policy to'),
		idField('assignmentPolicyId', 'The assignment policy to attach (Assignment Policy → Get Many lists them)'),
	],
	preSend: [idInBody('assignmentPolicyId', 'assignment_policy_id')],
	output: withRecordFields({ inbox_id: 'inboxId' }),
});
