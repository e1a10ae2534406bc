import nock from 'nock';
import { CredentialTestContext } from 'n8n-core';
import type { IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
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

describe('Agent bot credential test', () => {
	const test404 = (status: number, body: unknown) =>
		nock(BASE_URL)
			.get('/api/v1/accounts/0/conversations/0')
			.matchHeader('api-access-token', ACCESS_TOKEN)
			.reply(status, body as nock.Body);
	const runTest = async (baseUrl = BASE_URL) =>
		await new ChatWoot().methods.credentialTest.agentBotToken.call(
			new CredentialTestContext({} as IWorkflowExecuteAdditionalData),
			{ id: '1', name: 'bot', type: 'chatWootAgentBotApi', data: { baseUrl, accessToken: ACCESS_TOKEN } },
		);

	test.each([
		['ChatWoot looked the account up: the token was accepted', 404, { error: 'Resource could not be found' }, 'OK', /accepted/],
		['an invalid token', 401, { error: 'Invalid Access Token' }, 'Error', /rejected the token/],
		['a server that is not ChatWoot', 404, '<html>Not Found</html>', 'Error', /not like ChatWoot/],
	])('%s', async (_label, status, body, expectedStatus, message) => {
		const scope = test404(status, body);
		const result = await runTest(`${BASE_URL}/app/accounts/3/dashboard`);
		scope.done();
		expect(result.status).toBe(expectedStatus);
		expect(result.message).toMatch(message);
		expect(result.message).not.toContain(ACCESS_TOKEN);
	});

	test('a Base URL that is not a web address is refused without a request', async () => {
		const result = await runTest('chat.example.com');
		expect(result).toMatchObject({ status: 'Error', message: expect.stringMatching(/not a web address/) });
	});
});
