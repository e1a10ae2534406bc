import { executeNode } from '../harness/executeNode';
import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedConversation } from '../mock-chatwoot/resources/conversations';

/**
 * Priority None is sent as JSON null, which Conversation#toggle_priority (`priority.presence`)
 * takes as "clear" on every release: ChatWoot 4.18 answers 422 to "none" (PR #15623) and older
 * releases failed on it with a 500. Run against the mock ChatWoot as the oldest and the newest
 * release answer, through n8n-core, with no nock: the requests really leave the node.
 */
const TOKEN = 'priority-versions-token';

describe.each(['4.11.0', '4.18.0'])('Conversation priority None on ChatWoot %s', (version) => {
	let mock: ChatWootMock;

	beforeAll(async () => {
		mock = createChatWootMock({ version });
		await mock.start();
	});
	afterAll(async () => await mock.stop());
	afterEach(() => expect(mock.contractViolations()).toEqual([]));

	test('Toggle Priority: None clears the priority', async () => {
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		const conversation = seedConversation(account, { priority: 'urgent' });
		const run = await executeNode({
			parameters: { resource: 'conversation', operation: 'togglePriority', accountId: '1', conversationId: String(conversation.id), priority: 'none' },
			credentials: { baseUrl: mock.baseUrl, accessToken: TOKEN },
		});
		expect(run.error).toBeUndefined();
		const sent = mock.requests.at(-1)!;
		expect([sent.method, sent.path]).toEqual(['POST', `/api/v1/accounts/1/conversations/${conversation.id}/toggle_priority`]);
		expect(sent.body).toEqual({ priority: null });
		expect(conversation.priority).toBeNull();
	});
});
