import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformAccountSummary } from '../../../ChatWoot/shared/simplify';
import { parseJsonBodyFields, platformAccountIdField } from '../../shared';
import { accountFieldOptions } from './fields';
import { bodyField, updateFields } from '../../../ChatWoot/shared/descriptions';
import { byDisplayName } from '../../../ChatWoot/shared/alphabetical';

export const updateAccount = defineOperation({
	resource: 'account',
	value: 'update',
	name: 'Update',
	action: 'Update an account',
	description: "Change an account's name, status, limits, features or attributes",
	method: 'PATCH',
	path: '/platform/api/v1/accounts/{accountId}',
	simplify: platformAccountSummary,
	fields: [
		platformAccountIdField(),
		updateFields('updateFields', [...accountFieldOptions, bodyField('Name', 'name', 'name')].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: parseJsonBodyFields,
	output: '',
});
