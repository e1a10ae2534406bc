import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';

/** What Custom Role Create and Update share. ChatWoot reads them under `custom_role`. */

export const customRoleIdField = (description: string) => idField('customRoleId', description);

export const customRoleNameOption: INodeProperties = bodyField('Name', 'name', 'custom_role.name');

/** `CustomRole::PERMISSIONS` (enterprise/app/models/custom_role.rb). */
export const customRoleFieldOptions: INodeProperties[] = [
	bodyField('Description', 'description', 'custom_role.description'),
	{
		displayName: 'Permissions',
		name: 'permissions',
		type: 'multiOptions',
		default: [],
		description: 'What agents with this role may do; the list sent replaces the current one',
		options: [
			{ name: 'Manage All Conversations', value: 'conversation_manage' },
			{ name: 'Manage Contacts', value: 'contact_manage' },
			{ name: 'Manage Knowledge Base', value: 'knowledge_base_manage' },
			{ name: 'Manage Participating Conversations', value: 'conversation_participating_manage' },
			{ name: 'Manage Unassigned Conversations', value: 'conversation_unassigned_manage' },
			{ name: 'View Reports', value: 'report_manage' },
		],
		routing: { send: { type: 'body', property: 'custom_role.permissions' } },
	},
];
