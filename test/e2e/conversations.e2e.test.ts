import { writeFileSync } from 'fs';
import { join } from 'path';

import { PNG_BYTES } from '../support/fixtures';
import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedConversation, seedTeam } from '../mock-chatwoot/resources/conversations';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { credential, CREDENTIAL_ID, readFile, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-conversations-token-31c9';

let mock: ChatWootMock;
let n8n: N8nInstance;
let firstRequestOfTest = 0;

/** A ChatWoot node step of a workflow. */
function chatWoot(name: string, parameters: Record<string, unknown>) {
	return {
		name,
		type: n8n.nodeType,
		typeVersion: 1,
		parameters: { resource: 'conversation', accountId: '1', ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
	};
}

const outputOf = (execution: Execution, node: string) => execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? [];
const requestsSince = () => mock.requests.slice(firstRequestOfTest);

describe(`Conversations in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		seedContact(account, { name: 'Ann', email: 'ann@example.com' }); // contact 1
		seedTeam(account, 'Billing'); // team 1
		// 60 open conversations listed before the one the first workflow creates (61).
		for (let i = 0; i < 60; i++) seedConversation(account, { last_activity_at: 1_700_000_000 + i });

		n8n = new N8nInstance(runtime);
		const attachmentPath = join(n8n.filesFolder, 'receipt.png');
		writeFileSync(attachmentPath, PNG_BYTES);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		const conversationId = "={{ $('Create').item.json.id }}";
		await n8n.importWorkflows([
			workflow('wfConvLifecycle', [
				readFile(attachmentPath),
				chatWoot('Create', {
					operation: 'create',
					inboxId: { __rl: true, mode: 'id', value: '3' },
					conversationContactId: { __rl: true, mode: 'id', value: '1' },
					conversationAdditionalFields: { message: 'Your receipt', attachments: 'data', customAttributes: '{"order_id":"A-1"}' },
				}),
				chatWoot('Add Labels', { operation: 'addLabels', conversationId, labels: ['vip', 'billing'] }),
				chatWoot('Assign Team', { operation: 'assign', conversationId, assignTo: 'team', teamId: { __rl: true, mode: 'id', value: '1' } }),
				chatWoot('Resolve', { operation: 'toggleStatus', conversationId, status: 'resolved' }),
			]),
			workflow('wfConvGetMany', [chatWoot('Get Many', { operation: 'getMany', returnAll: true })]),
		]);
	}, 180_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	beforeEach(() => {
		firstRequestOfTest = mock.requests.length;
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('create with a first message and a file, add labels, assign a team, resolve', async () => {
		const execution = await n8n.execute('wfConvLifecycle');
		expect(execution.exitCode).toBe(0);
		const sent = requestsSince().map((request) => `${request.method} ${request.path}`);
		expect(sent).toEqual([
			'POST /api/v1/accounts/1/conversations',
			'GET /api/v1/accounts/1/conversations/61/labels',
			'POST /api/v1/accounts/1/conversations/61/labels',
			'POST /api/v1/accounts/1/conversations/61/assignments',
			'POST /api/v1/accounts/1/conversations/61/toggle_status',
		]);
		const [create, , labels, assignment, status] = requestsSince();
		expect(create.contentType).toBe('multipart/form-data');
		expect(create.body).toEqual({ inbox_id: '3', contact_id: '1', custom_attributes: { order_id: 'A-1' }, message: { content: 'Your receipt' } });
		const [file] = create.files['message[attachments][]'];
		expect(file).toMatchObject({ fileName: 'receipt.png', contentType: 'image/png' });
		expect(file.bytes.equals(PNG_BYTES)).toBe(true);
		expect(labels.body).toEqual({ labels: ['vip', 'billing'] });
		expect(assignment.body).toEqual({ team_id: 1 });
		expect(status.body).toEqual({ status: 'resolved' });
		expect(outputOf(execution, 'Create')[0].json).toMatchObject({ id: 61, inbox_id: 3, status: 'open' });
		expect(outputOf(execution, 'Add Labels')[0].json).toEqual({ conversation_id: 61, labels: ['vip', 'billing'] });
		expect(outputOf(execution, 'Assign Team')[0].json).toEqual({ conversation_id: 61, id: 1, name: 'Billing' });
		expect(outputOf(execution, 'Resolve')[0].json).toMatchObject({ conversation_id: 61, current_status: 'resolved' });
	}, 180_000);

	test('Get Many with Return All reads every page of 25', async () => {
		const execution = await n8n.execute('wfConvGetMany');
		expect(execution.exitCode).toBe(0);
		expect(requestsSince().map((request) => request.query.page)).toEqual(['1', '2', '3']);
		const ids = outputOf(execution, 'Get Many').map((item) => item.json.id);
		// The created conversation was resolved by the first test (when run), so the open list holds the 60 seeded ones.
		expect(ids).toHaveLength(60);
		expect(new Set(ids).size).toBe(60);
	}, 180_000);
});
