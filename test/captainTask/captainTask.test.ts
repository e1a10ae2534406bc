import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/tasks';
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainTask', operation, accountId: '1', ...extra });
const answer = { message: 'Done', follow_up_context: { turns: 1 } };

const cases: Array<[string, OperationCase]> = [
	['rewrite', { parameters: params('rewrite', { content: 'we cant', rewriteOperation: 'fix_spelling_grammar', captainTaskOptions: { conversationId: 12 } }), method: 'POST', path: `${BASE}/rewrite`, body: { content: 'we cant', operation: 'fix_spelling_grammar', conversation_display_id: 12 }, reply: answer, output: [answer] }],
	['summarize', { parameters: params('summarize', { conversationId: '12' }), method: 'POST', path: `${BASE}/summarize`, body: { conversation_display_id: 12 }, reply: answer, output: [answer] }],
	['replySuggestion', { parameters: params('replySuggestion', { conversationId: { __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/1/conversations/12' } }), method: 'POST', path: `${BASE}/reply_suggestion`, body: { conversation_display_id: 12 }, reply: answer, output: [answer] }],
	['labelSuggestion', { parameters: params('labelSuggestion', { conversationId: '12' }), method: 'POST', path: `${BASE}/label_suggestion`, body: { conversation_display_id: 12 }, reply: { message: 'billing, urgent' }, output: [{ message: 'billing, urgent' }] }],
	['followUp', { parameters: params('followUp', { message: 'Shorter', followUpContext: '{"turns":1}' }), method: 'POST', path: `${BASE}/follow_up`, body: { message: 'Shorter', follow_up_context: { turns: 1 } }, reply: answer, output: [answer] }],
];

test.each(cases)('Captain Writing Task → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['summarize', { conversationId: 'abc' }, /^Conversation ID must be a positive whole number, not "abc"$/],
	['followUp', { message: 'Shorter', followUpContext: '[1]' }, /^Follow Up Context must be a JSON object, not an array$/],
])('Captain Writing Task → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
