import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assignmentPolicyIdField } from './fields';

export const deleteAssignmentPolicy = defineOperation({
	resource: 'assignmentPolicy',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an assignment policy',
	description: 'Delete an assignment policy; its inboxes are left without one',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/assignment_policies/{assignmentPolicyId}',
	access: { admin: true },
	fields: [accountIdField(), assignmentPolicyIdField('The assignment policy to delete')],
	output: '',
});
