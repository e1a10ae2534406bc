import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { agentSettingOptions, ROLE_OPTIONS } from './fields';

export const createAgent = defineOperation({
	resource: 'agent',
	value: 'create',
	name: 'Create',
	action: 'Create an agent',
	description: 'Invite a person to the account; ChatWoot emails them a confirmation link',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agents',
	simplify: agentSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name'),
		requiredBodyField('Email', 'email', 'email', { placeholder: 'name@email.com' }),
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: ROLE_OPTIONS,
			default: 'agent',
			routing: { send: { type: 'body', property: 'role' } },
		},
		additionalFields('agentAdditionalFields', agentSettingOptions),
	],
	output: '',
});
