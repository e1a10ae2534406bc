import type { INodeProperties } from 'n8n-workflow';

import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { assignmentPolicyIdField, assignmentPolicyOptions } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateAssignmentPolicy = defineOperation({
	resource: 'assignmentPolicy',
	value: 'update',
	name: 'Update',
	action: 'Update an assignment policy',
	description: "Change an assignment policy's settings",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/assignment_policies/{assignmentPolicyId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		assignmentPolicyIdField('The assignment policy to update'),
		updateFields('assignmentPolicyUpdateFields', ([
			...assignmentPolicyOptions,
			bodyField('Name', 'name', 'name'),
		] as INodeProperties[]).sort(byDisplayName), 'Only the fields added here are sent; the policy keeps every other value'),
	],
	preSend: [wrapBodyIn('assignment_policy')],
	output: '',
});
