import type { INodeParameters } from 'n8n-workflow';

import { ACCESS_TOKEN, BASE_URL, executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

describe('Agent bot token', () => {
	test('an operation a bot may not call is refused before sending, naming the token type', async () => {
		tripwire(requests.sent);
		const run = await executeNode({
			parameters: {
				authentication: 'agentBotToken',
				resource: 'contact',
				operation: 'update',
				accountId: '1',
				contactId: '42',
				updateFields: { name: 'Bot' },
			},
		});
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toBe('This operation cannot be called with an agent bot token');
		expect(run.error?.description).toMatch(/Use a ChatWoot user's access token/);
	});

	test('a 401 names the token type it was sent with, never the token', async () => {
		// n8n sends a request once more after a 401 (its credential-refresh path).
		for (let attempt = 0; attempt < 2; attempt++) {
			expectRequest('PUT', '/api/v1/accounts/1/contacts/42', { status: 401, body: { error: 'Invalid Access Token' } }, requests.sent);
		}
		const run = await executeNode({
			parameters: { resource: 'contact', operation: 'update', accountId: '1', contactId: '42', updateFields: { name: 'A' } },
		});
		expect(run.error?.message).toBe('ChatWoot answered 401: Invalid Access Token');
		expect(run.error?.description).toMatch(/sent with a user's access token/);
		expect(JSON.stringify(run.runData)).not.toContain(ACCESS_TOKEN);
	});
});

/**
 * ChatWoot's BOT_ACCESSIBLE_ENDPOINTS grew: conversations#show and labels#index/create from 4.14.2
 * (#14655), toggle_typing_status from 4.11.2 (#13705) (access_token_auth_helper.rb at each tag).
 */
describe('Agent bot token on routes bots may call only from a later ChatWoot', () => {
	const CONVERSATION_PATH = '/api/v1/accounts/1/conversations/7';
	const LABELS_PATH = `${CONVERSATION_PATH}/labels`;
	const conversation = (operation: string, parameters: INodeParameters = {}, authentication = 'agentBotToken'): INodeParameters => ({
		authentication,
		resource: 'conversation',
		operation,
		accountId: '1',
		conversationId: '7',
		...parameters,
	});
	const apiAnswer = (version: string) => ({ status: 200, body: { version, timestamp: '2026-08-20 12:00:00', queue_services: 'ok', data_services: 'ok' } });
	const sent = () => requests.sent.map((request) => `${request.method} ${request.path}`);
	const shown = { id: 7, status: 'open', custom_attributes: { plan: 'basic' } };

	test('Get Conversation on ChatWoot 4.14.1 is refused before sending, naming both versions', async () => {
		expectRequest('GET', '/api', apiAnswer('4.14.1'), requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: conversation('get') });
		expect(sent()).toEqual(['GET /api']);
		expect(run.error?.message).toBe('An agent bot token calling GET conversations/{conversationId} needs ChatWoot 4.14.2+, but the server runs ChatWoot 4.14.1');
		expect(run.error?.description).toBe(
			`${BASE_URL}/api reports ChatWoot 4.14.1, which does not have it (it came with 4.14.2). Nothing was sent. Upgrade ChatWoot, or use a user's access token (Authentication: User Access Token).`,
		);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(JSON.stringify(requests.sent[0].headers)).not.toContain(ACCESS_TOKEN);
	});

	test('Get Conversation on ChatWoot 4.14.2 is sent with the bot token', async () => {
		expectRequest('GET', '/api', apiAnswer('4.14.2'), requests.sent);
		expectRequest('GET', CONVERSATION_PATH, { status: 200, body: shown }, requests.sent);
		const run = await executeNode({ parameters: conversation('get') });
		expect(run.error).toBeUndefined();
		expect(sent()).toEqual(['GET /api', `GET ${CONVERSATION_PATH}`]);
		expect(requests.sent[1].headers['api-access-token']).toBe(ACCESS_TOKEN);
		expect(run.items.map((item) => item.json)).toEqual([shown]);
	});

	test('Add Labels on ChatWoot 4.13.0 is refused at the read, and nothing else is sent', async () => {
		expectRequest('GET', '/api', apiAnswer('4.13.0'), requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: conversation('addLabels', { labels: ['vip'] }) });
		expect(sent()).toEqual(['GET /api']);
		expect(run.error?.message).toBe('An agent bot token calling GET conversations/{conversationId}/labels needs ChatWoot 4.14.2+, but the server runs ChatWoot 4.13.0');
	});

	test('Merge Custom Attributes on ChatWoot 4.13.0 is refused at the read of the conversation, once for all items', async () => {
		expectRequest('GET', '/api', apiAnswer('4.13.0'), requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: conversation('mergeCustomAttributes', { customAttributes: '{"plan":"pro"}' }), items: [{ json: {} }, { json: {} }], continueOnFail: true });
		expect(sent()).toEqual(['GET /api']);
		expect(run.items.map((item) => item.json.error)).toEqual(
			Array(2).fill('An agent bot token calling GET conversations/{conversationId} needs ChatWoot 4.14.2+, but the server runs ChatWoot 4.13.0'),
		);
	});

	test('Set Typing Status: refused on ChatWoot 4.11.0, sent on 4.11.2', async () => {
		expectRequest('GET', '/api', apiAnswer('4.11.0'), requests.sent);
		const refused = await executeNode({ parameters: conversation('setTypingStatus') });
		expect(refused.error?.message).toBe('An agent bot token calling POST conversations/{conversationId}/toggle_typing_status needs ChatWoot 4.11.2+, but the server runs ChatWoot 4.11.0');
		expectRequest('GET', '/api', apiAnswer('4.11.2'), requests.sent);
		expectRequest('POST', `${CONVERSATION_PATH}/toggle_typing_status`, { status: 200, body: '' }, requests.sent);
		const typed = await executeNode({ parameters: conversation('setTypingStatus') });
		expect(typed.error).toBeUndefined();
		expect(sent()).toEqual(['GET /api', 'GET /api', `POST ${CONVERSATION_PATH}/toggle_typing_status`]);
		expect(requests.sent[2].body).toEqual({ typing_status: 'on', is_private: false });
	});

	test("a user's token on ChatWoot 4.13.0 is not affected: the node does not even ask the version", async () => {
		expectRequest('GET', LABELS_PATH, { status: 200, body: { payload: ['billing'] } }, requests.sent);
		expectRequest('POST', LABELS_PATH, { status: 200, body: { payload: ['billing', 'vip'] } }, requests.sent);
		expectRequest('GET', CONVERSATION_PATH, { status: 200, body: shown }, requests.sent);
		tripwire(requests.sent);
		const labelled = await executeNode({ parameters: conversation('addLabels', { labels: ['vip'] }, 'userToken') });
		const got = await executeNode({ parameters: conversation('get', {}, 'userToken') });
		expect(labelled.error).toBeUndefined();
		expect(got.error).toBeUndefined();
		expect(sent()).toEqual([`GET ${LABELS_PATH}`, `POST ${LABELS_PATH}`, `GET ${CONVERSATION_PATH}`]);
		expect(requests.sent[1].body).toEqual({ labels: ['billing', 'vip'] });
	});

	test("a bot's 401 from a server that does not report its version says since when bots may call the route", async () => {
		expectRequest('GET', '/api', { status: 404, body: '<html>Not Found</html>' }, requests.sent);
		for (let attempt = 0; attempt < 2; attempt++) {
			expectRequest('GET', CONVERSATION_PATH, { status: 401, body: { error: 'Access to this endpoint is not authorized for bots' } }, requests.sent);
		}
		const run = await executeNode({ parameters: conversation('get') });
		expect(run.error?.message).toBe('ChatWoot answered 401: Access to this endpoint is not authorized for bots');
		expect(run.error?.description).toMatch(/Agent bot tokens may call this only since ChatWoot 4\.14\.2\+; your server did not report its version/);
	});

	test('a bot route open in every release (Toggle Status) never asks the version', async () => {
		expectRequest('POST', `${CONVERSATION_PATH}/toggle_status`, { status: 200, body: { meta: {}, payload: { success: true, current_status: 'resolved' } } }, requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: conversation('toggleStatus', { status: 'resolved' }) });
		expect(run.error).toBeUndefined();
		expect(sent()).toEqual([`POST ${CONVERSATION_PATH}/toggle_status`]);
	});
});
