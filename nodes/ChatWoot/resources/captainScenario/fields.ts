import type { INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption, idField } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';

/** What Captain Scenario operations share. ChatWoot reads scenario fields under `scenario`. */

export const scenarioIdField = (description: string) => idField('scenarioId', description);

export const scenarioTitleOption: INodeProperties = bodyField('Title', 'title', 'scenario.title');

export const scenarioInstructionOption: INodeProperties = {
	displayName: 'Instruction',
	name: 'instruction',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	description: 'What the assistant does when the scenario applies',
	routing: { send: { type: 'body', property: 'scenario.instruction' } },
};

export const scenarioFieldOptions: INodeProperties[] = [
	bodyField('Description', 'description', 'scenario.description', {
		description: 'When the scenario applies; the assistant reads it to choose the scenario',
	}),
	booleanOption('Enabled', 'enabled', 'scenario.enabled', {
		description: 'Whether the assistant uses the scenario',
		default: true,
	}),
	{
		displayName: 'Tools',
		name: 'tools',
		type: 'json',
		default: '[]',
		placeholder: '["add_contact_note"]',
		description: 'A JSON array of tool IDs the scenario may use (see Captain Assistant → Get Tools); it replaces the current list',
		routing: { send: { type: 'body', property: 'scenario.tools' } },
	},
];

export const parseScenarioTools = parseJsonAt('scenario.tools', 'Tools', '["add_contact_note"]', 'array');
