import { accountIdField } from '../../shared/descriptions';
import { teamLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const deleteTeam = defineOperation({
	resource: 'team',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a team',
	description: 'Delete a team; its conversations stay, without a team',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/teams/{teamId}',
	access: { admin: true },
	fields: [accountIdField(), teamLocator('The team to delete')],
	output: '',
});
