import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';

/** What Macro Create and Update share (top-level params; actions come from automationRule/rules.ts). */

export const macroIdField = (description: string) => idField('macroId', description);

export const nameField: INodeProperties = bodyField('Name', 'name', 'name');

export const visibilityField: INodeProperties = {
	displayName: 'Visibility',
	name: 'visibility',
	type: 'options',
	options: [
		{ name: 'Global', value: 'global', description: 'Every agent can run it; only administrators can change it' },
		{ name: 'Personal', value: 'personal', description: 'Only the token user sees it' },
	],
	default: 'personal',
	routing: { send: { type: 'body', property: 'visibility' } },
};
