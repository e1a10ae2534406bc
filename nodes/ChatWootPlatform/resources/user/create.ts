import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformUserSummary } from '../../../ChatWoot/shared/simplify';
import { parseJsonBodyFields } from '../../shared';
import { userFieldOptions } from './fields';
import { additionalFields, requiredBodyField } from '../../../ChatWoot/shared/descriptions';

export const createUser = defineOperation({
	resource: 'user',
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Create a confirmed user (or take over the existing user with that email); add it to accounts with Account User → Add',
	method: 'POST',
	path: '/platform/api/v1/users',
	simplify: platformUserSummary,
	fields: [
		requiredBodyField('Name', 'name', 'name'),
		requiredBodyField('Email', 'email', 'email', { placeholder: 'name@email.com' }),
		additionalFields('additionalFields', userFieldOptions),
	],
	preSend: parseJsonBodyFields,
	output: '',
});
