import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { message } from './fixtures';

const MESSAGE = '/api/v1/accounts/1/conversations/7/messages/55';
const requests = recordChatWootRequests();

const ids = { resource: 'message', accountId: '1', conversationId: '7', messageId: '55' };

describe('Message → Update Status, Delete, Translate, Retry', () => {
	const cases: Array<[string, INodeParameters, string, string, unknown, unknown, unknown]> = [
		['Update Status', { operation: 'updateStatus', status: 'read' }, 'PATCH', MESSAGE, { status: 'read' }, message(55, { status: 'read' }), message(55, { status: 'read' })],
		[
			'Update Status to failed with the reason',
			{ operation: 'updateStatus', status: 'failed', externalError: 'Number not on WhatsApp' },
			'PATCH',
			MESSAGE,
			{ status: 'failed', external_error: 'Number not on WhatsApp' },
			message(55, { status: 'failed' }),
			message(55, { status: 'failed' }),
		],
		[
			'Delete',
			{ operation: 'delete' },
			'DELETE',
			MESSAGE,
			undefined,
			message(55, { content: 'This message was deleted', content_attributes: { deleted: true } }),
			message(55, { content: 'This message was deleted', content_attributes: { deleted: true } }),
		],
		['Translate', { operation: 'translate', targetLanguage: 'es' }, 'POST', `${MESSAGE}/translate`, { target_language: 'es' }, { content: 'Hola' }, { content: 'Hola' }],
		['Translate, already translated (empty 200)', { operation: 'translate', targetLanguage: 'es' }, 'POST', `${MESSAGE}/translate`, { target_language: 'es' }, '', { success: true }],
		['Retry', { operation: 'retry' }, 'POST', `${MESSAGE}/retry`, undefined, message(55, { status: 'sent' }), message(55, { status: 'sent' })],
	];

	test.each(cases)('%s', async (_label, parameters, method, path, body, reply, output) => {
		const scope = expectRequest(method, path, { status: 200, body: reply }, requests.sent);
		const run = await executeNode({ parameters: { ...ids, ...parameters } });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0]).toMatchObject({ method, path, query: {} });
		expect(requests.sent[0].body).toEqual(body);
		expect(run.items.map((item) => item.json)).toEqual([output]);
	});

	test("a status update outside API inboxes fails with ChatWoot's 403", async () => {
		expectRequest('PATCH', MESSAGE, { status: 403, body: { error: 'Message status update is only allowed for API inboxes' } }, requests.sent);
		const run = await executeNode({ parameters: { ...ids, operation: 'updateStatus', status: 'read' } });
		expect(run.error?.message).toBe('ChatWoot answered 403: Message status update is only allowed for API inboxes');
	});

	test.each([
		['a bad Message ID', { operation: 'delete', messageId: '-1' }, /^Message ID must be a positive whole number, not "-1"$/],
		['an agent bot token on Delete', { operation: 'delete', authentication: 'agentBotToken' }, /^This operation cannot be called with an agent bot token$/],
	])('%s is refused before sending', async (_label, parameters, pattern) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { ...ids, ...parameters } });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toMatch(pattern);
	});
});
