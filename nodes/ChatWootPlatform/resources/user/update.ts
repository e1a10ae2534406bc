import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformUserSummary } from '../../../ChatWoot/shared/simplify';
import { parseJsonBodyFields } from '../../shared';
import { userFieldOptions, userIdField } from './fields';
import { bodyField, updateFields } from '../../../ChatWoot/shared/descriptions';
import { byDisplayName } from '../../../ChatWoot/shared/alphabetical';

export const updateUser = defineOperation({
	resource: 'user',
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description: "Change a user's name, email, password or attributes",
	method: 'PATCH',
	path: '/platform/api/v1/users/{userId}',
	simplify: platformUserSummary,
	fields: [
		userIdField(),
		updateFields('updateFields', [
			...userFieldOptions,
			bodyField('Email', 'email', 'email', { placeholder: 'name@email.com' }),
			bodyField('Name', 'name', 'name'),
		].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: parseJsonBodyFields,
	output: '',
});
