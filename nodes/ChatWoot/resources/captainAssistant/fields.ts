import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';

/** What Captain Assistant Create and Update share. ChatWoot reads them under `assistant`. */

export const assistantIdField = (description: string) => idField('assistantId', description);

const text = (displayName: string, name: string, property: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
	routing: { send: { type: 'body', property } },
});

const feature = (displayName: string, name: string, property: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
	routing: { send: { type: 'body', property: `assistant.config.${property}` } },
});

export const assistantNameOption = text('Name', 'name', 'assistant.name');

export const assistantFieldOptions: INodeProperties[] = [
	text('Description', 'description', 'assistant.description'),
	feature('Feature: Citations', 'featureCitation', 'feature_citation', 'Whether replies cite the documents they come from'),
	feature('Feature: Contact Attributes', 'featureContactAttributes', 'feature_contact_attributes', "Whether the assistant may read the contact's attributes"),
	feature('Feature: FAQs', 'featureFaq', 'feature_faq', 'Whether the assistant turns resolved conversations into FAQ suggestions'),
	feature('Feature: Memory', 'featureMemory', 'feature_memory', 'Whether the assistant remembers facts about the contact'),
	{
		displayName: 'Guardrails',
		name: 'guardrails',
		type: 'json',
		default: '[]',
		placeholder: '["Never share internal pricing"]',
		description: 'A JSON array of rules the assistant must never break; it replaces the current list',
		routing: { send: { type: 'body', property: 'assistant.guardrails' } },
	},
	text('Handoff Message', 'handoffMessage', 'assistant.config.handoff_message', 'Sent when the assistant hands the conversation to a human'),
	text('Instructions', 'instructions', 'assistant.config.instructions', "The assistant's system instructions"),
	text('Product Name', 'productName', 'assistant.config.product_name', 'The product the assistant answers questions about'),
	text('Resolution Message', 'resolutionMessage', 'assistant.config.resolution_message', 'Sent when the assistant resolves the conversation'),
	{
		displayName: 'Response Guidelines',
		name: 'responseGuidelines',
		type: 'json',
		default: '[]',
		placeholder: '["Answer in two sentences at most"]',
		description: 'A JSON array of style rules for replies; it replaces the current list',
		routing: { send: { type: 'body', property: 'assistant.response_guidelines' } },
	},
	{
		displayName: 'Temperature',
		name: 'temperature',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 1,
		description: 'How creative replies are, from 0 (predictable) to 1',
		routing: { send: { type: 'body', property: 'assistant.config.temperature' } },
	},
	text('Welcome Message', 'welcomeMessage', 'assistant.config.welcome_message', 'Sent when a conversation starts'),
];

export const parseAssistantLists = [
	parseJsonAt('assistant.response_guidelines', 'Response Guidelines', '["Answer in two sentences at most"]', 'array'),
	parseJsonAt('assistant.guardrails', 'Guardrails', '["Never share internal pricing"]', 'array'),
];
