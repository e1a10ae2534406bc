import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/custom_tools';
const tool = { id: 8, title: 'Order status', endpoint_url: 'https://api.acme.com/orders/{{ id }}' };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainCustomTool', operation, accountId: '1', ...extra });
const fields = { httpMethod: 'GET', authType: 'bearer', authConfig: '{"token":"t"}', paramSchema: '[{"name":"id","type":"string","required":true}]', enabled: true };
const sent = { http_method: 'GET', auth_type: 'bearer', auth_config: { token: 't' }, param_schema: [{ name: 'id', type: 'string', required: true }], enabled: true };

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true }), method: 'GET', path: BASE, query: { page: '1' }, reply: { payload: [tool], meta: {} }, output: [tool] }],
	['get', { parameters: params('get', { customToolId: '8' }), method: 'GET', path: `${BASE}/8`, reply: tool, output: [tool] }],
	['create', { parameters: params('create', { title: 'Order status', endpointUrl: tool.endpoint_url, captainCustomToolAdditionalFields: fields }), method: 'POST', path: BASE, body: { custom_tool: { title: 'Order status', endpoint_url: tool.endpoint_url, ...sent } }, reply: tool, output: [tool] }],
	['update', { parameters: params('update', { customToolId: '8', captainCustomToolUpdateFields: { enabled: false } }), method: 'PATCH', path: `${BASE}/8`, body: { custom_tool: { enabled: false } }, reply: tool, output: [tool] }],
	['delete', { parameters: params('delete', { customToolId: '8' }), method: 'DELETE', path: `${BASE}/8`, status: 204, output: [{ success: true }] }],
	['test', { parameters: params('test', { endpointUrl: 'https://api.acme.com/ping', captainCustomToolAdditionalFields: { httpMethod: 'POST' } }), method: 'POST', path: `${BASE}/test`, body: { custom_tool: { endpoint_url: 'https://api.acme.com/ping', http_method: 'POST' } }, reply: { status: 200, body: 'pong' }, output: [{ status: 200, body: 'pong' }] }],
];

test.each(cases)('Captain Custom Tool → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['create', { title: 'T', endpointUrl: 'https://x.io', captainCustomToolAdditionalFields: { authConfig: '["t"]' } }, /^Auth Config must be a JSON object, not an array$/],
	['update', { customToolId: '8', captainCustomToolUpdateFields: { paramSchema: '{}' } }, /^Parameters must be a JSON array$/],
	['get', { customToolId: 'seven' }, /^Custom Tool ID must be a positive whole number, not "seven"$/],
])('Captain Custom Tool → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
