import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/copilot_threads';
const thread = { id: 4, title: 'Refund?' };
const message = { id: 30, message: { content: 'Refund?' }, message_type: 'user' };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainCopilot', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['createThread', { parameters: params('createThread', { assistantId: '7', message: 'Refund?', captainCopilotOptions: { conversationId: 12 } }), method: 'POST', path: BASE, body: { message: 'Refund?', conversation_id: 12, assistant_id: 7 }, reply: thread, output: [thread] }],
	['getMessages', { parameters: params('getMessages', { threadId: '4', returnAll: true }), method: 'GET', path: `${BASE}/4/copilot_messages`, query: { page: '1' }, reply: { payload: [message] }, output: [message] }],
	['sendMessage', { parameters: params('sendMessage', { threadId: '4', message: 'And then?' }), method: 'POST', path: `${BASE}/4/copilot_messages`, body: { message: 'And then?' }, reply: message, output: [message] }],
];

test.each(cases)('Captain Copilot → %s', async (_label, expected) => expectOperation(requests, expected));

test('Get Threads pages by 5 and stops at the Limit without asking for another page', async () => {
	const full = { payload: [1, 2, 3, 4, 5].map((id) => ({ id })) };
	const scopes = [full, { payload: [6, 7, 8, 9, 10].map((id) => ({ id })) }].map((body) => expectRequest('GET', BASE, { status: 200, body }, requests.sent));
	const run = await executeNode({ parameters: params('getThreads', { limit: 7 }) });
	scopes.forEach((scope) => scope.done());
	expect(requests.sent.map((request) => request.query.page)).toEqual(['1', '2']);
	expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
});

test('Get Threads of a user without threads is empty', async () => {
	const scope = expectRequest('GET', BASE, { status: 200, body: { payload: [] } }, requests.sent);
	const run = await executeNode({ parameters: params('getThreads', { returnAll: true }) });
	scope.done();
	expect(run.items).toEqual([]);
});

test.each([
	['createThread', { assistantId: '={{ $json.none }}', message: 'Hi' }, /^Assistant ID is required$/],
	['sendMessage', { threadId: 'x', message: 'Hi' }, /^Thread ID must be a positive whole number, not "x"$/],
])('Captain Copilot → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
