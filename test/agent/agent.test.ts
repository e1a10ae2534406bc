import nock from 'nock';

import { BASE_URL, executeNode } from '../harness/executeNode';
import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const AGENT = { id: 5, name: 'Ann', email: 'ann@acme.io', role: 'agent', availability_status: 'online', auto_offline: true, confirmed: true };
const op = (operation: string, extra = {}) => ({ resource: 'agent', operation, accountId: '1', ...extra });

describe('Agent operations', () => {
	expectOperationCases(requests, [
		{
			label: 'Get Many outputs the bare array',
			parameters: op('getMany', { returnAll: true }),
			method: 'GET',
			path: '/api/v1/accounts/1/agents',
			reply: [AGENT, { ...AGENT, id: 6 }],
			output: [AGENT, { ...AGENT, id: 6 }],
		},
		{
			label: 'Create sends name, email, role and only the fields added',
			parameters: op('create', { name: 'Ann', email: 'ann@acme.io', role: 'administrator', agentAdditionalFields: { availability: 'busy' } }),
			method: 'POST',
			path: '/api/v1/accounts/1/agents',
			body: { name: 'Ann', email: 'ann@acme.io', role: 'administrator', availability: 'busy' },
			reply: AGENT,
			output: [AGENT],
		},
		{
			label: 'Update sends only the fields added',
			parameters: op('update', { agentId: '5', agentUpdateFields: { role: 'agent', autoOffline: false } }),
			method: 'PATCH',
			path: '/api/v1/accounts/1/agents/5',
			body: { role: 'agent', auto_offline: false },
			reply: AGENT,
			output: [AGENT],
		},
		{ label: 'Delete', parameters: op('delete', { agentId: '5' }), method: 'DELETE', path: '/api/v1/accounts/1/agents/5', output: [{ success: true }] },
		{
			label: 'Create Many sends emails[] from comma-separated text',
			parameters: op('bulkCreate', { emails: 'ann@acme.io, bob@acme.io' }),
			method: 'POST',
			path: '/api/v1/accounts/1/agents/bulk_create',
			body: { emails: ['ann@acme.io', 'bob@acme.io'] },
			output: [{ success: true }],
		},
		{
			label: 'Get Assignable sends inbox_ids[] and outputs the payload',
			parameters: op('getAssignable', { inboxIds: [3], returnAll: true }),
			method: 'GET',
			path: '/api/v1/accounts/1/assignable_agents',
			query: { 'inbox_ids[]': '3' },
			reply: { payload: [AGENT] },
			output: [AGENT],
		},
	]);
});

describe('Agent: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'an Agent ID that is not a number', parameters: op('delete', { agentId: 'ann' }), message: /^Agent ID must be a positive whole number, not "ann"$/ },
		{ label: 'no emails', parameters: op('bulkCreate', { emails: ' , ' }), message: /^Emails: enter at least one email address$/ },
		{ label: 'no inboxes', parameters: op('getAssignable', { inboxIds: '={{ [] }}' }), message: /^Inboxes: choose at least one inbox$/ },
		{ label: 'an inbox ID that is not a number', parameters: op('getAssignable', { inboxIds: '3,web' }), message: /^Inboxes: "web" is not an inbox ID$/ },
	]);
});

test('Get Assignable repeats inbox_ids[] for several inboxes, as Rails reads a list', async () => {
	let url = '';
	const scope = nock(BASE_URL)
		.get('/api/v1/accounts/1/assignable_agents')
		.query(true)
		.reply(function () {
			url = decodeURIComponent(this.req.path);
			return [200, { payload: [] }];
		});
	const run = await executeNode({ parameters: op('getAssignable', { inboxIds: [3, 4], returnAll: true }) });
	scope.done();
	expect(run.error).toBeUndefined();
	expect(url).toBe('/api/v1/accounts/1/assignable_agents?inbox_ids[]=3&inbox_ids[]=4');
});
