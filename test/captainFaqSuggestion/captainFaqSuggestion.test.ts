import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/faq_suggestions';
/** `_faq_suggestion.json.jbuilder` (ChatWoot 4.16.2), trimmed. */
const suggestion = { id: 5, question: 'Do you ship abroad?', answer: 'Yes, to the EU.', status: 'open', source_count: 3, assistant: { id: 7 } };
/** approve.json.jbuilder answers the new FAQ response (`_assistant_response`). */
const response = { id: 40, question: 'Do you ship abroad?', answer: 'Yes, to the EU and the UK.', status: 'approved' };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainFaqSuggestion', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	[
		'getMany with filters',
		{
			parameters: params('getMany', { returnAll: true, captainFaqSuggestionFilters: { assistantId: 7, status: 'open', search: 'ship' } }),
			method: 'GET',
			path: BASE,
			query: { page: '1', assistant_id: '7', status: 'open', search: 'ship' },
			reply: { payload: [suggestion], meta: { total_count: 1, page: 1 } },
			output: [suggestion],
		},
	],
	[
		'get, with the conversations it came from',
		{ parameters: params('get', { suggestionId: '5' }), method: 'GET', path: `${BASE}/5`, reply: { ...suggestion, observations: [{ id: 1 }] }, output: [{ ...suggestion, observations: [{ id: 1 }] }] },
	],
	[
		'update sends only the fields added',
		{
			parameters: params('update', { suggestionId: '5', captainFaqSuggestionUpdateFields: { answer: 'Yes, to the EU and the UK.' } }),
			method: 'PATCH',
			path: `${BASE}/5`,
			body: { faq_suggestion: { answer: 'Yes, to the EU and the UK.' } },
			reply: { ...suggestion, answer: 'Yes, to the EU and the UK.' },
			output: [{ ...suggestion, answer: 'Yes, to the EU and the UK.' }],
		},
	],
	[
		'approve as it is',
		{ parameters: params('approve', { suggestionId: '5' }), method: 'POST', path: `${BASE}/5/approve`, reply: response, output: [response] },
	],
	[
		'approve with edits',
		{
			parameters: params('approve', { suggestionId: '5', captainFaqSuggestionEdits: { answer: 'Yes, to the EU and the UK.' } }),
			method: 'POST',
			path: `${BASE}/5/approve`,
			body: { faq_suggestion: { answer: 'Yes, to the EU and the UK.' } },
			reply: response,
			output: [response],
		},
	],
	[
		'dismiss',
		{ parameters: params('dismiss', { suggestionId: '5' }), method: 'POST', path: `${BASE}/5/dismiss`, reply: { ...suggestion, status: 'dismissed' }, output: [{ ...suggestion, status: 'dismissed' }] },
	],
];

test.each(cases)('Captain FAQ Suggestion → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['getMany', { accountId: 'acme', returnAll: true }, /^Account ID must be a positive whole number, not "acme"$/],
	['get', { suggestionId: 'x' }, /^Suggestion ID must be a positive whole number, not "x"$/],
	['update', { suggestionId: '5', captainFaqSuggestionUpdateFields: {} }, /^Update Fields is empty$/],
	['approve', { suggestionId: '0' }, /^Suggestion ID must be a positive whole number, not "0"$/],
	['dismiss', { suggestionId: '-1' }, /^Suggestion ID must be a positive whole number, not "-1"$/],
])('Captain FAQ Suggestion → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
