import type { INodeProperties } from 'n8n-workflow';

import { bodyField, jsonOption } from '../../../ChatWoot/shared/descriptions';

/** The account's settings a platform app may set (platform accounts_controller `permitted_params`). */
export const accountFieldOptions: INodeProperties[] = [
	jsonOption('Custom Attributes', 'customAttributes', 'custom_attributes', { description: 'A JSON object stored on the account' }),
	bodyField('Domain', 'domain', 'domain', { description: 'The domain the account uses for its email channels' }),
	jsonOption('Features', 'features', 'features', { description: 'A JSON object of feature flags to turn on (true) or off (false), e.g. {"help_center": true}' }),
	jsonOption('Limits', 'limits', 'limits', { description: 'A JSON object of usage limits, e.g. {"agents": 10, "inboxes": 5}' }),
	bodyField('Locale', 'locale', 'locale', { description: 'The account language, e.g. en, de, pt_BR' }),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Suspended', value: 'suspended' },
		],
		default: 'active',
		description: 'A suspended account cannot be used by its users',
		routing: { send: { type: 'body', property: 'status' } },
	},
	bodyField('Support Email', 'supportEmail', 'support_email', { placeholder: 'support@example.com', description: 'The address customers see on email replies' }),
];
