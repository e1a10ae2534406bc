import { accountIdField } from '../../shared/descriptions';
import { agentLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';

export const deleteAgent = defineOperation({
	resource: 'agent',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent',
	description: 'Remove an agent from the account; ChatWoot deletes the user when they belong to no other account',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/agents/{agentId}',
	access: { admin: true },
	fields: [accountIdField(), agentLocator('The agent to remove')],
	output: '',
});
