import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import type { Account } from '../mock-chatwoot/auth';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { chatWootUpdate, credential, CREDENTIAL_ID, itemsFrom, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-contacts-token-3c9e';

let mock: ChatWootMock;
let account: Account;
let n8n: N8nInstance;

const outputOf = (execution: Execution, node: string) => execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? [];

describe(`Contacts in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		for (let i = 1; i <= 40; i++) seedContact(account, { name: `Person ${i}`, email: `person${i}@example.com` });

		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		const type = n8n.nodeType;
		await n8n.importWorkflows([
			workflow('wfUpsertLabel', [
				...itemsFrom([
					{ visitor: 'visitor-77', name: 'First Event' },
					{ visitor: 'visitor-77', name: 'Second Event' },
				]),
				chatWootUpdate(type, {
					operation: 'upsert',
					accountId: '1',
					matchBy: 'identifier',
					matchValue: '={{ $json.visitor }}',
					contactFields: { name: '={{ $json.name }}' },
				}),
				{
					...chatWootUpdate(type, { operation: 'addLabels', accountId: '1', contactId: '={{ $json.id }}', labels: ['new-visitor'] }),
					name: 'Add Labels',
				},
			]),
			workflow('wfGetAll', [chatWootUpdate(type, { operation: 'getMany', accountId: '1', returnAll: true, options: { sortBy: 'name' } })]),
		]);
	}, 180_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('two events for one new visitor: one contact, created then updated, then labelled', async () => {
		const execution = await n8n.execute('wfUpsertLabel');
		expect(execution.exitCode).toBe(0);
		const visitors = [...account.contacts.values()].filter((contact) => contact.identifier === 'visitor-77');
		expect(visitors).toHaveLength(1);
		expect(visitors[0].name).toBe('Second Event');
		expect(visitors[0].labels).toEqual(['new-visitor']);
		expect(mock.requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/accounts/1/contacts')).toHaveLength(1);
		const upserted = outputOf(execution, 'ChatWoot');
		expect(upserted.map((item) => [item.json.id, item.json.identifier])).toEqual([
			[visitors[0].id, 'visitor-77'],
			[visitors[0].id, 'visitor-77'],
		]);
		expect(outputOf(execution, 'Add Labels').map((item) => item.json)).toEqual(Array(2).fill({ contact_id: visitors[0].id, labels: ['new-visitor'] }));
	}, 120_000);

	test('Get Many with Return All reads every page once: 40 contacts in 3 pages', async () => {
		const before = mock.requests.length;
		const execution = await n8n.execute('wfGetAll');
		expect(execution.exitCode).toBe(0);
		const pages = mock.requests.slice(before).filter((request) => request.path === '/api/v1/accounts/1/contacts');
		// Page 1 first (it tells the total); pages 2 and 3 are then asked for together, in either order.
		expect(pages[0]?.query).toEqual({ page: '1', sort: 'name' });
		const queries = pages.map((request) => request.query as Record<string, string>).sort((a, b) => Number(a.page) - Number(b.page));
		expect(queries).toEqual([1, 2, 3].map((page) => ({ page: String(page), sort: 'name' })));
		const ids = outputOf(execution, 'ChatWoot').map((item) => item.json.id);
		// 40 seeded plus the visitor of the other test when it ran first.
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeGreaterThanOrEqual(40);
		expect(ids.length).toBeLessThanOrEqual(41);
	}, 120_000);
});
