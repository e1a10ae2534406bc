import type { INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption } from '../../shared/descriptions';

/** The rule's own fields (Create and Update); conditions and actions are in rules.ts. */

export const nameField: INodeProperties = bodyField('Name', 'name', 'name');

export const eventField: INodeProperties = {
	displayName: 'Event',
	name: 'eventName',
	type: 'options',
	options: [
		{ name: 'Conversation Created', value: 'conversation_created' },
		{ name: 'Conversation Opened', value: 'conversation_opened' },
		{ name: 'Conversation Resolved', value: 'conversation_resolved' },
		{ name: 'Conversation Updated', value: 'conversation_updated' },
		{ name: 'Message Created', value: 'message_created' },
	],
	default: 'conversation_created',
	description: 'What makes ChatWoot check the rule',
	routing: { send: { type: 'body', property: 'event_name' } },
};

export const ruleOptions: INodeProperties[] = [
	booleanOption('Active', 'active', 'active', { description: 'Whether the rule runs', default: true }),
	bodyField('Description', 'description', 'description'),
];
