import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField, jsonOption } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';

/** What Custom Filter Create and Update share. ChatWoot reads them from `custom_filter`. */

export const customFilterIdField = (description: string) => idField('customFilterId', description);

const QUERY_EXAMPLE =
	'{"payload":[{"attribute_key":"status","filter_operator":"equal_to","values":["open"],"query_operator":null}]}';

export const filterTypeOptions = [
	{ name: 'Contact', value: 'contact' },
	{ name: 'Conversation', value: 'conversation' },
	{ name: 'Report', value: 'report' },
];

export const nameField: INodeProperties = bodyField('Name', 'name', 'custom_filter.name', { placeholder: 'e.g. Open VIP conversations' });

export const filterTypeField: INodeProperties = {
	displayName: 'Filter Type',
	name: 'filterType',
	type: 'options',
	options: filterTypeOptions,
	default: 'conversation',
	description: 'Which list the filter applies to',
	routing: { send: { type: 'body', property: 'custom_filter.filter_type' } },
};

export const queryField: INodeProperties = jsonOption('Query', 'query', 'custom_filter.query', {
	placeholder: QUERY_EXAMPLE,
	description: 'The filter as the dashboard saves it: a JSON object whose payload lists conditions',
});

/** The query arrives as JSON text (or an object from an expression) and leaves as a JSON object. */
export const parseFilterQuery = parseJsonAt('custom_filter.query', 'Query', QUERY_EXAMPLE);
