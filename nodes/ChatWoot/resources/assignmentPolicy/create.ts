import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assignmentPolicyOptions } from './fields';

export const createAssignmentPolicy = defineOperation({
	resource: 'assignmentPolicy',
	value: 'create',
	name: 'Create',
	action: 'Create an assignment policy',
	description: 'Create a policy for how conversations of its inboxes are assigned to agents',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/assignment_policies',
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name'),
		additionalFields('assignmentPolicyAdditionalFields', assignmentPolicyOptions),
	],
	preSend: [wrapBodyIn('assignment_policy')],
	output: '',
});
