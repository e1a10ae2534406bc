import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/webhooks';
const hook = { id: 8, name: 'n8n', url: 'https://n8n.example.com/hook', account_id: 1, subscriptions: ['message_created'], secret: 's3' };
const base = { resource: 'webhook', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many returns payload.webhooks, one item each',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: PATH,
			reply: { payload: { webhooks: [hook, { ...hook, id: 9 }] } },
			output: [hook, { ...hook, id: 9 }],
		},
	],
	[
		'Create wraps url, events and name in webhook and returns payload.webhook',
		{
			parameters: {
				...base,
				operation: 'create',
				url: 'https://n8n.example.com/hook',
				subscriptions: ['message_created', 'inbox_created'],
				webhookAdditionalFields: { name: 'n8n', inboxId: 3 },
			},
			method: 'POST',
			path: PATH,
			body: { webhook: { url: 'https://n8n.example.com/hook', subscriptions: ['message_created', 'inbox_created'], name: 'n8n', inbox_id: 3 } },
			reply: { payload: { webhook: hook } },
			output: [hook],
		},
	],
	[
		'Update sends only the events',
		{
			parameters: { ...base, operation: 'update', webhookId: '8', webhookUpdateFields: { subscriptions: ['contact_created'] } },
			method: 'PATCH',
			path: `${PATH}/8`,
			body: { webhook: { subscriptions: ['contact_created'] } },
			reply: { payload: { webhook: { ...hook, subscriptions: ['contact_created'] } } },
			output: [{ ...hook, subscriptions: ['contact_created'] }],
		},
	],
	[
		'Delete outputs success',
		{
			parameters: { ...base, operation: 'delete', webhookId: '8' },
			method: 'DELETE',
			path: `${PATH}/8`,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['create', { url: 'ftp://x', subscriptions: ['message_created'] }, /URL must be an http/],
	['update', { webhookId: '8', webhookUpdateFields: { subscriptions: [] } }, /Events: pick at least one event/],
	['update', { webhookId: 'abc', webhookUpdateFields: { name: 'x' } }, /Webhook ID must be a positive whole number/],
])('%s refuses bad input before sending', async (operation, parameters, message) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, message),
);
