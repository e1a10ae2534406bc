import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';

/** What Custom Attribute Create and Update share. ChatWoot reads them from `custom_attribute_definition`. */

export const customAttributeIdField = (description: string) => idField('customAttributeId', description);

const at = (key: string) => `custom_attribute_definition.${key}`;

export const attributeModelOptions = [
	{ name: 'Company', value: 'company_attribute' },
	{ name: 'Contact', value: 'contact_attribute' },
	{ name: 'Conversation', value: 'conversation_attribute' },
];

export const displayNameField: INodeProperties = bodyField('Display Name', 'displayName', at('attribute_display_name'), { placeholder: 'e.g. Plan' });

export const keyField: INodeProperties = bodyField('Key', 'key', at('attribute_key'), {
	placeholder: 'e.g. plan',
	description: 'The key under custom_attributes on contacts or conversations; unique per model',
});

export const modelField: INodeProperties = {
	displayName: 'Applies To',
	name: 'model',
	type: 'options',
	options: attributeModelOptions,
	default: 'contact_attribute',
	description: 'Which records carry the attribute',
	routing: { send: { type: 'body', property: at('attribute_model') } },
};

export const displayTypeField: INodeProperties = {
	displayName: 'Display Type',
	name: 'displayType',
	type: 'options',
	options: [
		{ name: 'Checkbox', value: 'checkbox' },
		{ name: 'Currency', value: 'currency' },
		{ name: 'Date', value: 'date' },
		{ name: 'Link', value: 'link' },
		{ name: 'List', value: 'list' },
		{ name: 'Number', value: 'number' },
		{ name: 'Percent', value: 'percent' },
		{ name: 'Text', value: 'text' },
	],
	default: 'text',
	routing: { send: { type: 'body', property: at('attribute_display_type') } },
};

/** Options both operations offer in their collections. */
export const optionalAttributeFields: INodeProperties[] = [
	bodyField('Description', 'description', at('attribute_description')),
	{
		displayName: 'List Values',
		name: 'listValues',
		type: 'string',
		default: '',
		placeholder: 'e.g. free, pro, enterprise',
		description: 'The choices of a List attribute, separated by commas',
		routing: {
			send: {
				type: 'body',
				property: at('attribute_values'),
				value: '={{ String($value).split(",").map((entry) => entry.trim()).filter((entry) => entry) }}',
			},
		},
	},
	bodyField('Regex Pattern', 'regexPattern', at('regex_pattern'), {
		placeholder: 'e.g. ^[A-Z]{3}-\\d+$',
		description: 'Values of a Text attribute must match this regular expression',
	}),
];
