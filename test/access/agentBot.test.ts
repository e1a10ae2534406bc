import { ACCESS_TOKEN, executeNode } from '../harness/executeNode';
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
