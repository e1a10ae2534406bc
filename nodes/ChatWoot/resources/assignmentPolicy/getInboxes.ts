import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { assignmentPolicyIdField } from './fields';

export const getAssignmentPolicyInboxes = defineOperation({
	resource: 'assignmentPolicy',
	value: 'getInboxes',
	name: 'Get Inboxes',
	action: 'Get the inboxes of an assignment policy',
	description: 'List the inboxes that use an assignment policy',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/assignment_policies/{assignmentPolicyId}/inboxes',
	access: { admin: true },
	fields: [accountIdField(), assignmentPolicyIdField('The assignment policy')],
	paging: wholeList('inboxes'),
});
