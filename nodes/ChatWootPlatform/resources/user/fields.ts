import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField, jsonOption } from '../../../ChatWoot/shared/descriptions';

export const userIdField = (): INodeProperties =>
	idField('userId', 'The numeric ID of the user, as User → Create returns it');

/** The user's fields (platform users_controller `user_params`). */
export const userFieldOptions: INodeProperties[] = [
	jsonOption('Custom Attributes', 'customAttributes', 'custom_attributes', { description: 'A JSON object stored on the user' }),
	bodyField('Display Name', 'displayName', 'display_name', { description: 'The name customers see on replies' }),
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'At least 6 characters with an uppercase and a lowercase letter, a number and a special character; without one, users sign in through the SSO link',
		routing: { send: { type: 'body', property: 'password' } },
	},
];
