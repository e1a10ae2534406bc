import { writeFileSync } from 'fs';
import { join } from 'path';

import { PNG_BYTES } from '../support/fixtures';
import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { table } from '../mock-chatwoot/auth';
import type { Conversation } from '../mock-chatwoot/resources/conversations';
import { messagesOf } from '../mock-chatwoot/resources/messages';
import { deliverEvent, webhooksOf } from '../mock-chatwoot/resources/webhooks';
import { ownerSession, savedTriggerData } from '../trigger/n8nSession';
import type { Rest } from '../trigger/n8nSession';
import { messageCreated } from '../trigger/payloads';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { RunningN8n } from './n8n';
import { accountWebhookTrigger, credential, readFile, triggeredWorkflow } from './workflows';

/**
 * The support flow on every ChatWoot version the package supports, in one running n8n 2.x:
 * four mocks (4.11.0, 4.13.0, 4.15.1, 4.18.0) on four ports, a credential and an active
 * workflow each. A message_created delivery from the mock starts the workflow (on 4.11.0,
 * which signs no account webhook, its trigger allows unsigned events), which then
 * runs contact Create or Update → Conversation Create → Message Create with two files → Add
 * Labels → Assign → Toggle Status resolved against the same mock.
 */
const runtime = runtimeFromEnv();
// One n8n version keeps the run short; the flow's n8n-side behaviour is covered on 1.x by the other files.
const describeOnV2 = runtime.version.startsWith('1.') ? describe.skip : describe;
const VERSIONS = ['4.11.0', '4.13.0', '4.15.1', '4.18.0'];
const TOKEN = 'e2e-versions-token-5b2e';
const PDF_BYTES = Buffer.from('%PDF-1.7\n' + 'x'.repeat(3000) + '\n%%EOF', 'latin1');
const TRIGGER = 'ChatWoot Trigger';
const CONVERSATION_ID = "={{ $('Create Conversation').first().json.id }}";

const workflowId = (version: string) => `wfSupport${version.replaceAll('.', '')}`;
const credentialId = (version: string) => `cwVersion${version.replaceAll('.', '')}`;
/** The trigger's webhook path: one UUID per version, told apart by its last digits. */
const webhookNodeId = (version: string) => `5f0c2b7e-9a41-4d3e-8c6f-${version.replaceAll('.', '').padStart(12, '0')}`;

const mocks = new Map<string, ChatWootMock>();
let n8n: N8nInstance;
let server: RunningN8n;
let rest: Rest;

async function waitFor<T>(what: string, found: () => T | undefined, timeoutMs = 180_000): Promise<T> {
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
		const value = found();
		if (value !== undefined) return value;
	}
	throw new Error(`Timed out waiting for ${what}`);
}

function chatWoot(version: string, name: string, parameters: Record<string, unknown>) {
	return {
		name,
		type: n8n.nodeType,
		typeVersion: 1,
		parameters: { accountId: '1', ...parameters },
		credentials: { chatWootTokenApi: { id: credentialId(version), name: `ChatWoot ${credentialId(version)}` } },
	};
}

/** The workflow for one version: its trigger, then the support flow against the same mock. */
function supportWorkflow(version: string, mock: ChatWootMock, filesGlob: string) {
	const trigger = accountWebhookTrigger(n8n.nodeType, webhookNodeId(version), credentialId(version));
	// No account webhook is signed before 4.12.0 (test/contract/chatwoot/VERSIONS.md): the trigger must take unsigned events.
	const allowUnsigned = !mock.atLeast('4.12.0');
	const byId = (value: string) => ({ __rl: true, mode: 'id', value });
	const steps: Array<{ name: string }> = [
		chatWoot(version, 'Create or Update Contact', { resource: 'contact', operation: 'upsert', matchBy: 'email', matchValue: 'ann@example.com', contactFields: { name: 'Ann' } }),
		chatWoot(version, 'Create Conversation', { resource: 'conversation', operation: 'create', inboxId: byId('3'), conversationContactId: byId('={{ $json.id }}') }),
		// One item per file, then one item carrying both (binary properties `data` and `data_1`).
		{ ...readFile(filesGlob), name: 'Read Files' },
		{ name: 'Both Files', type: 'n8n-nodes-base.aggregate', typeVersion: 1, parameters: { aggregate: 'aggregateAllItemData', destinationFieldName: 'files', options: { includeBinaries: true } } },
		chatWoot(version, 'Send Files', {
			resource: 'message',
			operation: 'create',
			conversationId: CONVERSATION_ID,
			content: `={{ "Re: message " + $('${TRIGGER}').first().json.messageId }}`,
			messageAdditionalFields: { attachments: 'data, data_1' },
		}),
		chatWoot(version, 'Add Labels', { resource: 'conversation', operation: 'addLabels', conversationId: CONVERSATION_ID, labels: ['vip', 'billing'] }),
		chatWoot(version, 'Assign', { resource: 'conversation', operation: 'assign', conversationId: CONVERSATION_ID, assignTo: 'agent', assigneeId: byId('1') }),
		chatWoot(version, 'Resolve', { resource: 'conversation', operation: 'toggleStatus', conversationId: CONVERSATION_ID, status: 'resolved' }),
	];
	const options = allowUnsigned ? { options: { allowUnsigned: true } } : {};
	return triggeredWorkflow(workflowId(version), { ...trigger, parameters: { ...trigger.parameters, ...options } }, ...steps);
}

describeOnV2(`The support flow on ChatWoot ${VERSIONS.join(', ')} in a running n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		n8n = new N8nInstance(runtime);
		writeFileSync(join(n8n.filesFolder, 'photo.png'), PNG_BYTES);
		writeFileSync(join(n8n.filesFolder, 'invoice.pdf'), PDF_BYTES);
		const credentials = [];
		const workflows = [];
		for (const version of VERSIONS) {
			const mock = createChatWootMock({ version });
			mocks.set(version, mock);
			const baseUrl = await mock.start();
			mock.addAccount(1);
			mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
			credentials.push(credential(credentialId(version), baseUrl, TOKEN));
			workflows.push(supportWorkflow(version, mock, join(n8n.filesFolder, '*')));
		}
		await n8n.importCredentials(credentials);
		await n8n.importWorkflows(workflows);
		await n8n.activateWorkflows(VERSIONS.map(workflowId));
		server = await n8n.serve();
		rest = await ownerSession(server.url);
	}, 300_000);

	afterAll(async () => {
		await server?.stop();
		await Promise.all([...mocks.values()].map(async (mock) => await mock.stop()));
		n8n?.remove();
	});

	afterEach(() => {
		for (const mock of mocks.values()) expect(mock.contractViolations()).toEqual([]);
	});

	test.each(VERSIONS)('%s: a delivery starts the workflow, which runs the whole support flow', async (version) => {
		const mock = mocks.get(version)!;
		const account = mock.accounts.get(1)!;
		const webhook = await waitFor('the webhook registration', () => webhooksOf(account)[0]);
		expect(webhook.url).toBe(`http://localhost:${new URL(server.url).port}/webhook/${webhookNodeId(version)}/webhook`);
		// Activation ends with n8n saving the webhook's id (its secret stays in the activating process's memory).
		await savedTriggerData(rest, workflowId(version), TRIGGER);

		const first = mock.requests.length;
		const event = messageCreated({ id: 7000 + VERSIONS.indexOf(version), sender: { id: 1, name: 'Ann', type: 'contact' } });
		const [delivery] = await deliverEvent(mock, 1, event);
		// The mock signs as its version does, so 4.11.0's unsigned delivery is accepted by Allow Unsigned Events alone.
		expect(delivery.headers['X-Chatwoot-Signature'] !== undefined).toBe(mock.atLeast('4.12.0'));
		expect(delivery.status).toBe(200);
		await waitFor('the conversation to be resolved', () => mock.requests.slice(first).find((request) => request.path.endsWith('/toggle_status')));

		const sent = mock.requests.slice(first).filter((request) => request.path !== '/api');
		const [contact] = [...account.contacts.values()];
		const conversation = [...table<Conversation>(account, 'conversations').values()][0];
		const c = `/api/v1/accounts/1/conversations/${conversation.id}`;
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v1/accounts/1/contacts/search',
			'POST /api/v1/accounts/1/contacts',
			'POST /api/v1/accounts/1/conversations',
			`POST ${c}/messages`,
			`GET ${c}/labels`,
			`POST ${c}/labels`,
			`POST ${c}/assignments`,
			`POST ${c}/toggle_status`,
		]);
		expect(contact).toMatchObject({ name: 'Ann', email: 'ann@example.com' });
		expect(conversation).toMatchObject({ inbox_id: 3, status: 'resolved', labels: ['vip', 'billing'], meta: { sender: { id: contact.id }, assignee: { id: 1, name: 'Agent' } } });
		const [message] = messagesOf(account, conversation.id);
		expect(message.content).toBe(`Re: message ${event.id}`);
		const files = Object.fromEntries(message.attachments.map((file) => [file.fileName, file]));
		expect(Object.keys(files).sort()).toEqual(['invoice.pdf', 'photo.png']);
		expect(files['photo.png']).toMatchObject({ contentType: 'image/png', file_type: 'image' });
		expect(files['photo.png'].bytes.equals(PNG_BYTES)).toBe(true);
		expect(files['invoice.pdf']).toMatchObject({ contentType: 'application/pdf', file_type: 'file' });
		expect(files['invoice.pdf'].bytes.equals(PDF_BYTES)).toBe(true);
	}, 300_000);
});
