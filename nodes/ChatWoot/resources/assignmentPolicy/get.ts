import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assignmentPolicyIdField } from './fields';

export const getAssignmentPolicy = defineOperation({
	resource: 'assignmentPolicy',
	value: 'get',
	name: 'Get',
	action: 'Get an assignment policy',
	description: 'Get one assignment policy',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/assignment_policies/{assignmentPolicyId}',
	access: { admin: true },
	fields: [accountIdField(), assignmentPolicyIdField('The assignment policy to get')],
	output: '',
});
