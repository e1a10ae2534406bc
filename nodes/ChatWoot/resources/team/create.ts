import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { teamSummary } from '../../shared/simplify';
import { teamSettingOptions } from './fields';

export const createTeam = defineOperation({
	resource: 'team',
	value: 'create',
	name: 'Create',
	action: 'Create a team',
	description: 'Create a team that conversations can be handed to',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/teams',
	simplify: teamSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name', { description: 'Unique within the account; ChatWoot stores it in lower case' }),
		additionalFields('teamAdditionalFields', teamSettingOptions),
	],
	output: '',
});
