import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { teamSummary } from '../../shared/simplify';
import { teamSettingOptions } from './fields';

export const updateTeam = defineOperation({
	resource: 'team',
	value: 'update',
	name: 'Update',
	action: 'Update a team',
	description: "Change a team's name, description or auto-assignment",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}',
	simplify: teamSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		teamLocator('The team to update'),
		updateFields('teamUpdateFields', [
			...teamSettingOptions,
			bodyField('Name', 'name', 'name'),
		], 'Only the fields added here are sent; the team keeps every other value'),
	],
	output: '',
});
