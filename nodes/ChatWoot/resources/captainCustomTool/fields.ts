import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';

/** What Captain Custom Tool operations share. ChatWoot reads them under `custom_tool`. */

export const customToolIdField = (description: string) => idField('customToolId', description);

const body = (property: string) => ({ send: { type: 'body' as const, property: `custom_tool.${property}` } });

export const titleOption: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	routing: body('title'),
};

export const endpointUrlOption: INodeProperties = {
	displayName: 'Endpoint URL',
	name: 'endpointUrl',
	type: 'string',
	default: '',
	placeholder: 'https://api.example.com/orders/{{ order_id }}',
	description: 'The address the tool calls; Liquid placeholders take the parameters the assistant fills in',
	routing: body('endpoint_url'),
};

export const customToolFieldOptions: INodeProperties[] = [
	{
		displayName: 'Auth Config',
		name: 'authConfig',
		type: 'json',
		default: '{}',
		placeholder: '{"token":"…"}',
		description: 'The credentials for the Auth Type, as a JSON object (token; username and password; or key and location)',
		routing: body('auth_config'),
	},
	{
		displayName: 'Auth Type',
		name: 'authType',
		type: 'options',
		options: [
			{ name: 'API Key', value: 'api_key' },
			{ name: 'Basic', value: 'basic' },
			{ name: 'Bearer Token', value: 'bearer' },
			{ name: 'None', value: 'none' },
		],
		default: 'none',
		routing: body('auth_type'),
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'What the tool does; the assistant reads it to decide when to call the tool',
		routing: body('description'),
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether assistants may use the tool',
		routing: body('enabled'),
	},
	{
		displayName: 'HTTP Method',
		name: 'httpMethod',
		type: 'options',
		options: [
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
		],
		default: 'GET',
		routing: body('http_method'),
	},
	{
		displayName: 'Parameters',
		name: 'paramSchema',
		type: 'json',
		default: '[]',
		placeholder: '[{"name":"order_id","type":"string","description":"The order number","required":true}]',
		description: 'The parameters the assistant fills in, as a JSON array of {name, type, description, required}',
		routing: body('param_schema'),
	},
	{
		displayName: 'Request Template',
		name: 'requestTemplate',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'A Liquid template of the request body (POST)',
		routing: body('request_template'),
	},
	{
		displayName: 'Response Template',
		name: 'responseTemplate',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'A Liquid template that turns the response into what the assistant reads',
		routing: body('response_template'),
	},
];

export const parseCustomToolJson = [
	parseJsonAt('custom_tool.auth_config', 'Auth Config', '{"token":"abc"}'),
	parseJsonAt('custom_tool.param_schema', 'Parameters', '[{"name":"order_id","type":"string"}]', 'array'),
];
