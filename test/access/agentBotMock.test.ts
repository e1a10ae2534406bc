import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedConversation } from '../mock-chatwoot/resources/conversations';

/**
 * The mock answers an agent bot as each release does: conversations#show and labels from 4.14.2
 * (#14655), toggle_typing_status from 4.11.2 (#13705) (access_token_auth_helper.rb at each tag).
 * No nock in this file: the requests go to the mock on loopback.
 */
describe('the mock ChatWoot lets an agent bot call show, labels and typing by version', () => {
	const BOT_TOKEN = 'mock-bot-token';
	const call = async (mock: ChatWootMock, method: string, path: string, body?: object) =>
		(
			await fetch(`${mock.baseUrl}${path}`, {
				method,
				headers: { api_access_token: BOT_TOKEN, 'Content-Type': 'application/json' },
				body: body && JSON.stringify(body),
			})
		).status;

	test.each([
		['4.11.0', [401, 401, 401]],
		['4.11.2', [401, 401, 200]],
		['4.14.1', [401, 401, 200]],
		['4.14.2', [200, 200, 200]],
	])('on %s: show, labels, typing answer %j', async (version, statuses) => {
		const mock = createChatWootMock({ version });
		await mock.start();
		try {
			const account = mock.addAccount(1);
			mock.addUser({ name: 'Bot', email: 'bot@example.com', accessToken: BOT_TOKEN, accountIds: [1], kind: 'agentBot' });
			const { id } = seedConversation(account);
			const base = `/api/v1/accounts/1/conversations/${id}`;
			expect([
				await call(mock, 'GET', base),
				await call(mock, 'POST', `${base}/labels`, { labels: ['vip'] }),
				await call(mock, 'POST', `${base}/toggle_typing_status`, { typing_status: 'on' }),
			]).toEqual(statuses);
			expect(mock.contractViolations()).toEqual([]);
		} finally {
			await mock.stop();
		}
	});
});
