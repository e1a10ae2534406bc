import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedConversation } from '../mock-chatwoot/resources/conversations';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { credential, CREDENTIAL_ID, workflow } from './workflows';

/**
 * The Sort collections (node version 1.1) and the sort fields workflows saved with version 1
 * keep, in real n8n: n8n loads both versions of the node, drops what a version does not
 * describe, and the query reaches ChatWoot as it takes it.
 */
const runtime = runtimeFromEnv();
const TOKEN = 'e2e-sort-token-5d21';

let mock: ChatWootMock;
let n8n: N8nInstance;

function chatWoot(name: string, typeVersion: number, parameters: Record<string, unknown>) {
	return {
		name,
		type: n8n.nodeType,
		typeVersion,
		// One item each, so every node runs once.
		parameters: { accountId: '1', operation: 'getMany', returnAll: false, limit: 1, ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
	};
}

const outputOf = (execution: Execution, node: string) => execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? [];
const queries = () => mock.requests.map((request) => `${request.method} ${request.path} ${JSON.stringify(Object.fromEntries(Object.entries(request.query).sort()))}`);

describe(`Sort on Get Many in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		for (const name of ['Ann', 'Bob']) seedContact(account, { name, email: `${name.toLowerCase()}@example.com` });
		for (let i = 0; i < 2; i++) seedConversation(account, { last_activity_at: 1_700_000_000 + i });

		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		await n8n.importWorkflows([
			workflow('wfSort', [
				chatWoot('Contacts', 1.1, { resource: 'contact', contactSort: { sortBy: 'name', direction: 'desc' } }),
				chatWoot('Conversations', 1.1, { resource: 'conversation', conversationSort: { sortBy: 'created_at', direction: 'asc' } }),
				// Saved with version 1 (sort inside Options), and with a Sort collection version 1 does not describe.
				chatWoot('Version 1', 1, { resource: 'contact', options: { sortBy: 'email', order: 'desc' }, contactSort: { sortBy: 'city' } }),
			]),
		]);
	}, 180_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	test('version 1.1 sends its Sort collections; a version 1 workflow keeps its Options sort and drops the Sort it does not describe', async () => {
		const execution = await n8n.execute('wfSort');
		expect(execution.exitCode).toBe(0);
		expect(queries()).toEqual([
			'GET /api/v1/accounts/1/contacts {"page":"1","sort":"-name"}',
			'GET /api/v1/accounts/1/conversations {"page":"1","sort_by":"created_at_asc"}',
			'GET /api/v1/accounts/1/contacts {"page":"1","sort":"-email"}',
		]);
		expect(['Contacts', 'Conversations', 'Version 1'].map((node) => outputOf(execution, node).length)).toEqual([1, 1, 1]);
		expect(mock.contractViolations()).toEqual([]);
	}, 180_000);
});
