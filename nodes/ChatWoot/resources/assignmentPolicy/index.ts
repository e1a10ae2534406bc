import { defineResource } from '../../shared/operation';
import { createAssignmentPolicy } from './create';
import { deleteAssignmentPolicy } from './delete';
import { getAssignmentPolicy } from './get';
import { getAssignmentPolicyInboxes } from './getInboxes';
import { getManyAssignmentPolicies } from './getMany';
import { updateAssignmentPolicy } from './update';

export const assignmentPolicy = defineResource(
	{
		name: 'Assignment Policy',
		value: 'assignmentPolicy',
		description: 'Rules for assigning conversations of inboxes to agents',
		defaultOperation: 'getMany',
	},
	[
		getManyAssignmentPolicies,
		getAssignmentPolicy,
		createAssignmentPolicy,
		updateAssignmentPolicy,
		deleteAssignmentPolicy,
		getAssignmentPolicyInboxes,
	],
);
