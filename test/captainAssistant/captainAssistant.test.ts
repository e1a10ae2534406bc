import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/assistants';
const assistant = { id: 7, name: 'Helper', config: { product_name: 'Acme' } };
const inbox = { id: 3, name: 'Web' };
/** `Captain::AssistantStatsBuilder` answers (ChatWoot 4.16.1+), trimmed. */
const metrics = { conversations_handled: { current: 40, previous: 32 }, auto_resolution_rate: { current: 62.5, previous: 50 } };
const faqStats = { approved: 12, suggestions: 3, documents: 4, coverage: 80 };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainAssistant', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true }), method: 'GET', path: BASE, reply: { payload: [assistant], meta: { total_count: 1, page: 1 } }, output: [assistant] }],
	['get', { parameters: params('get', { assistantId: '7' }), method: 'GET', path: `${BASE}/7`, reply: assistant, output: [assistant] }],
	[
		'create with configuration and lists',
		{
			parameters: params('create', {
				name: 'Helper',
				captainAssistantAdditionalFields: {
					description: 'Answers FAQs',
					productName: 'Acme',
					featureFaq: true,
					temperature: 0.4,
					responseGuidelines: '["Be brief"]',
					guardrails: '["No prices"]',
				},
			}),
			method: 'POST',
			path: BASE,
			body: {
				assistant: {
					name: 'Helper',
					description: 'Answers FAQs',
					config: { product_name: 'Acme', feature_faq: true, temperature: 0.4 },
					response_guidelines: ['Be brief'],
					guardrails: ['No prices'],
				},
			},
			reply: assistant,
			output: [assistant],
		},
	],
	['update', { parameters: params('update', { assistantId: '7', captainAssistantUpdateFields: { welcomeMessage: 'Hi!', guardrails: '[]' } }), method: 'PATCH', path: `${BASE}/7`, body: { assistant: { config: { welcome_message: 'Hi!' }, guardrails: [] } }, reply: assistant, output: [assistant] }],
	['delete', { parameters: params('delete', { assistantId: '7' }), method: 'DELETE', path: `${BASE}/7`, status: 204, output: [{ success: true }] }],
	[
		'playground',
		{
			parameters: params('playground', { assistantId: '7', message: 'Where is my order?', captainAssistantOptions: { messageHistory: '[{"role":"user","content":"Hi"}]' } }),
			method: 'POST',
			path: `${BASE}/7/playground`,
			body: { assistant: { message_content: 'Where is my order?', message_history: [{ role: 'user', content: 'Hi' }] } },
			reply: { response: 'It ships today', reasoning: '' },
			output: [{ response: 'It ships today', reasoning: '' }],
		},
	],
	['getTools', { parameters: params('getTools', { limit: 1 }), method: 'GET', path: `${BASE}/tools`, reply: [{ id: 'add_note' }, { id: 'handoff' }], output: [{ id: 'add_note' }] }],
	['getInboxes', { parameters: params('getInboxes', { assistantId: '7', returnAll: true }), method: 'GET', path: `${BASE}/7/inboxes`, reply: { payload: [inbox] }, output: [inbox] }],
	['addInbox', { parameters: params('addInbox', { assistantId: '7', inboxId: { __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/1/settings/inboxes/3' } }), method: 'POST', path: `${BASE}/7/inboxes`, body: { inbox: { inbox_id: 3 } }, reply: inbox, output: [{ assistant_id: 7, ...inbox }] }],
	['removeInbox', { parameters: params('removeInbox', { assistantId: '7', inboxId: '3' }), method: 'DELETE', path: `${BASE}/7/inboxes/3`, status: 204, output: [{ assistant_id: 7, inbox_id: 3, success: true }] }],
	[
		'getMetrics for last month in a timezone',
		{
			parameters: params('getMetrics', { assistantId: '7', range: 'last_month', captainAssistantOptions: { timezoneOffset: 5.5 } }),
			method: 'GET',
			path: `${BASE}/7/metrics`,
			query: { range: 'last_month', timezone_offset: '5.5' },
			reply: metrics,
			output: [metrics],
		},
	],
	['getMetrics, the last 7 days by default', { parameters: params('getMetrics', { assistantId: '7' }), method: 'GET', path: `${BASE}/7/metrics`, query: { range: '7' }, reply: metrics, output: [metrics] }],
	['getFaqStats', { parameters: params('getFaqStats', { assistantId: '7' }), method: 'GET', path: `${BASE}/7/faq_stats`, reply: faqStats, output: [faqStats] }],
];

test.each(cases)('Captain Assistant → %s', async (_label, expected) => expectOperation(requests, expected));

test.each([
	['get', { assistantId: 'x' }, /^Assistant ID must be a positive whole number, not "x"$/],
	['create', { name: 'A', captainAssistantAdditionalFields: { responseGuidelines: '{"a":1}' } }, /^Response Guidelines must be a JSON array$/],
	['update', { assistantId: '7', captainAssistantUpdateFields: { guardrails: '[oops' } }, /^Guardrails is not valid JSON$/],
	['playground', { assistantId: '7', message: 'Hi', captainAssistantOptions: { messageHistory: 'nope' } }, /^Message History is not valid JSON$/],
	['addInbox', { assistantId: '7', inboxId: 'web' }, /^Inbox ID must be a positive whole number, not "web"$/],
])('Captain Assistant → %s refuses %j before sending', async (operation, extra, message) => expectRefusal(requests, params(operation, extra), message));
