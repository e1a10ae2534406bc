import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/assistants/7/scenarios';
const scenario = { id: 2, title: 'Refunds', enabled: true };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainScenario', operation, accountId: '1', assistantId: '7', ...extra });

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true }), method: 'GET', path: BASE, reply: { payload: [scenario], meta: { total_count: 1 } }, output: [scenario] }],
	['get', { parameters: params('get', { scenarioId: '2' }), method: 'GET', path: `${BASE}/2`, reply: scenario, output: [scenario] }],
	[
		'create',
		{
			parameters: params('create', { title: 'Refunds', instruction: 'Check the order first', captainScenarioAdditionalFields: { description: 'Refund requests', enabled: false, tools: '["add_note"]' } }),
			method: 'POST',
			path: BASE,
			body: { scenario: { title: 'Refunds', instruction: 'Check the order first', description: 'Refund requests', enabled: false, tools: ['add_note'] } },
			reply: scenario,
			output: [scenario],
		},
	],
	['update', { parameters: params('update', { scenarioId: '2', captainScenarioUpdateFields: { enabled: true } }), method: 'PATCH', path: `${BASE}/2`, body: { scenario: { enabled: true } }, reply: scenario, output: [scenario] }],
	['delete', { parameters: params('delete', { scenarioId: '2' }), method: 'DELETE', path: `${BASE}/2`, status: 204, output: [{ success: true }] }],
];

test.each(cases)('Captain Scenario → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['get', { assistantId: '0', scenarioId: '2' }, /^Assistant ID must be a positive whole number, not "0"$/],
	['update', { scenarioId: 'two', captainScenarioUpdateFields: {} }, /^Scenario ID must be a positive whole number, not "two"$/],
	['create', { title: 'T', instruction: 'I', captainScenarioAdditionalFields: { tools: '"add_note"' } }, /^Tools must be a JSON array$/],
])('Captain Scenario → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
