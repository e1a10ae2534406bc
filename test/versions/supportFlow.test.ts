import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import type { NodeRun } from '../harness/executeNode';
import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { table } from '../mock-chatwoot/auth';
import type { Conversation } from '../mock-chatwoot/resources/conversations';
import { messagesOf } from '../mock-chatwoot/resources/messages';
import { binaryItem, PNG_BYTES } from '../support/fixtures';

/**
 * The support flow, one node step after another through n8n-core, against the mock ChatWoot
 * running on loopback as each version the package supports answers (no nock here: the requests
 * really leave the node). Each step's output is checked, and so is what the mock stored.
 */
const VERSIONS = ['4.11.0', '4.13.0', '4.15.1', '4.18.0'];
const TOKEN = 'versions-support-flow-token';
const PDF_BYTES = Buffer.from('%PDF-1.7\n' + 'x'.repeat(3000) + '\n%%EOF', 'latin1');

function twoFiles(): INodeExecutionData {
	const png = binaryItem(PNG_BYTES, { property: 'photo', fileName: 'photo.png', mimeType: 'image/png' });
	const pdf = binaryItem(PDF_BYTES, { property: 'invoice', fileName: 'invoice 2024.pdf', mimeType: 'application/pdf' });
	return { json: {}, binary: { ...png.binary, ...pdf.binary } };
}

const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });

describe.each(VERSIONS)('the support flow on ChatWoot %s', (version) => {
	let mock: ChatWootMock;

	beforeAll(async () => {
		mock = createChatWootMock({ version });
		await mock.start();
		mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
	});
	afterAll(async () => await mock.stop());
	afterEach(() => expect(mock.contractViolations()).toEqual([]));

	async function step(parameters: INodeParameters, items?: INodeExecutionData[]): Promise<NodeRun> {
		const run = await executeNode({ parameters: { accountId: '1', ...parameters }, items, credentials: { baseUrl: mock.baseUrl, accessToken: TOKEN } });
		expect(run.error).toBeUndefined();
		return run;
	}

	/** What the node sent for one step, leaving out a version probe (`GET /api`) should the node make one. */
	const sentSince = (first: number) =>
		mock.requests
			.slice(first)
			.filter((request) => request.path !== '/api')
			.map((request) => `${request.method} ${request.path}`);

	test('contact Create or Update → conversation → message with two files → labels → assign → resolve', async () => {
		const account = mock.accounts.get(1)!;

		let first = mock.requests.length;
		const upsert = await step({ resource: 'contact', operation: 'upsert', matchBy: 'email', matchValue: 'ann@example.com', contactFields: { name: 'Ann' } });
		expect(sentSince(first)).toEqual(['GET /api/v1/accounts/1/contacts/search', 'POST /api/v1/accounts/1/contacts']);
		const [contact] = [...account.contacts.values()];
		expect(contact).toMatchObject({ name: 'Ann', email: 'ann@example.com' });
		expect(upsert.items.map((item) => item.json)).toEqual([expect.objectContaining({ id: contact.id, name: 'Ann', email: 'ann@example.com' })]);

		first = mock.requests.length;
		const created = await step({ resource: 'conversation', operation: 'create', inboxId: byId(3), conversationContactId: byId(contact.id) });
		expect(sentSince(first)).toEqual(['POST /api/v1/accounts/1/conversations']);
		const conversationId = created.items[0].json.id as number;
		const conversation = table<Conversation>(account, 'conversations').get(conversationId)!;
		expect(conversation).toMatchObject({ inbox_id: 3, status: 'open', meta: { sender: { id: contact.id } } });
		expect(created.items).toHaveLength(1);
		expect(created.items[0].json).toMatchObject({ id: conversationId, inbox_id: 3, status: 'open' });

		first = mock.requests.length;
		const message = await step(
			{ resource: 'message', operation: 'create', conversationId: String(conversationId), content: 'Your receipt', messageAdditionalFields: { attachments: 'photo, invoice' } },
			[twoFiles()],
		);
		expect(sentSince(first)).toEqual([`POST /api/v1/accounts/1/conversations/${conversationId}/messages`]);
		const [stored] = messagesOf(account, conversationId);
		expect(stored.content).toBe('Your receipt');
		expect(stored.attachments.map(({ fileName, contentType }) => [fileName, contentType])).toEqual([
			['photo.png', 'image/png'],
			['invoice 2024.pdf', 'application/pdf'],
		]);
		expect(stored.attachments[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(stored.attachments[1].bytes.equals(PDF_BYTES)).toBe(true);
		expect(message.items[0].json).toMatchObject({ id: stored.id, content: 'Your receipt', attachments: [{ file_type: 'image', file_size: PNG_BYTES.length }, { file_type: 'file', file_size: PDF_BYTES.length }] });

		first = mock.requests.length;
		const labels = await step({ resource: 'conversation', operation: 'addLabels', conversationId: String(conversationId), labels: ['vip', 'billing'] });
		expect(sentSince(first)).toEqual([`GET /api/v1/accounts/1/conversations/${conversationId}/labels`, `POST /api/v1/accounts/1/conversations/${conversationId}/labels`]);
		expect(conversation.labels).toEqual(['vip', 'billing']);
		expect(labels.items.map((item) => item.json)).toEqual([{ conversation_id: conversationId, labels: ['vip', 'billing'] }]);

		first = mock.requests.length;
		const assigned = await step({ resource: 'conversation', operation: 'assign', conversationId: String(conversationId), assignTo: 'agent', assigneeId: byId(1) });
		expect(sentSince(first)).toEqual([`POST /api/v1/accounts/1/conversations/${conversationId}/assignments`]);
		expect(mock.requests.at(-1)!.body).toEqual({ assignee_id: 1 });
		expect(conversation.meta.assignee).toEqual({ id: 1, name: 'Agent' });
		expect(assigned.items.map((item) => item.json)).toEqual([expect.objectContaining({ conversation_id: conversationId, id: 1, name: 'Agent' })]);

		first = mock.requests.length;
		const resolved = await step({ resource: 'conversation', operation: 'toggleStatus', conversationId: String(conversationId), status: 'resolved' });
		expect(sentSince(first)).toEqual([`POST /api/v1/accounts/1/conversations/${conversationId}/toggle_status`]);
		expect(mock.requests.at(-1)!.body).toEqual({ status: 'resolved' });
		expect(conversation.status).toBe('resolved');
		expect(resolved.items.map((item) => item.json)).toEqual([expect.objectContaining({ conversation_id: conversationId, current_status: 'resolved' })]);

		// ChatWoot merges itself from 4.17 (merge: true); older releases would replace, so the node reads and merges.
		conversation.custom_attributes = { order_id: 'A-1' };
		first = mock.requests.length;
		const merged = await step({ resource: 'conversation', operation: 'mergeCustomAttributes', conversationId: String(conversationId), customAttributes: '{"plan":"pro"}' });
		const chatWootMerges = mock.atLeast('4.17.0');
		const conversationPath = `/api/v1/accounts/1/conversations/${conversationId}`;
		expect(sentSince(first)).toEqual([...(chatWootMerges ? [] : [`GET ${conversationPath}`]), `POST ${conversationPath}/custom_attributes`]);
		expect(mock.requests.at(-1)!.body).toEqual(chatWootMerges ? { custom_attributes: { plan: 'pro' }, merge: true } : { custom_attributes: { order_id: 'A-1', plan: 'pro' } });
		expect(conversation.custom_attributes).toEqual({ order_id: 'A-1', plan: 'pro' });
		expect(merged.items.map((item) => item.json)).toEqual([{ conversation_id: conversationId, custom_attributes: { order_id: 'A-1', plan: 'pro' } }]);
	});

	test('Create or Update again finds the contact and updates it', async () => {
		const first = mock.requests.length;
		const run = await step({ resource: 'contact', operation: 'upsert', matchBy: 'email', matchValue: 'ANN@example.com', contactFields: { name: 'Ann B' } });
		const [contact] = [...mock.accounts.get(1)!.contacts.values()];
		expect(sentSince(first)).toEqual(['GET /api/v1/accounts/1/contacts/search', `PUT /api/v1/accounts/1/contacts/${contact.id}`]);
		expect(mock.accounts.get(1)!.contacts.size).toBe(1);
		expect(contact.name).toBe('Ann B');
		expect(run.items.map((item) => item.json)).toEqual([expect.objectContaining({ id: contact.id, name: 'Ann B' })]);
	});
});
