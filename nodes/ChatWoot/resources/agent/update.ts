import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { agentLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { agentSettingOptions, ROLE_OPTIONS } from './fields';

export const updateAgent = defineOperation({
	resource: 'agent',
	value: 'update',
	name: 'Update',
	action: 'Update an agent',
	description: "Change an agent's name, role or availability",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/agents/{agentId}',
	simplify: agentSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		agentLocator('The agent to update'),
		updateFields('agentUpdateFields', [
			...agentSettingOptions,
			bodyField('Name', 'name', 'name'),
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				options: ROLE_OPTIONS,
				default: 'agent',
				routing: { send: { type: 'body', property: 'role' } },
			},
		], 'Only the fields added here are sent; the agent keeps every other value'),
	],
	output: '',
});
