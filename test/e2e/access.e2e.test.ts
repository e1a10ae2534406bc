import { writeFileSync } from 'fs';
import { join } from 'path';

import { JPEG_BYTES } from '../support/fixtures';
import { createChatWootMock, publicMessages, seedApiInbox, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { chatWootUpdate, credential, CREDENTIAL_ID, readFile, workflow } from './workflows';

/**
 * The Platform and Client API nodes in real n8n, each with its own credential, and the package
 * installed next to @devlikeapro/n8n-nodes-chatwoot (whose credential type is `chatwootApi`).
 */

const runtime = runtimeFromEnv();
const USER_TOKEN = 'e2e-user-token-a11c';
const PLATFORM_TOKEN = 'e2e-platform-token-9f02';
const INBOX_IDENTIFIER = 'e2eInboxIdent42';
const devlikeaproDir = process.env.N8N_E2E_DEVLIKEAPRO_DIR;

let mock: ChatWootMock;
let n8n: N8nInstance;
let firstRequestOfTest = 0;

const outputOf = (execution: Execution, node: string) => execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? [];
const requestsSince = () => mock.requests.slice(firstRequestOfTest);

function step(name: string, node: 'chatWootPlatform' | 'chatWootClient', parameters: Record<string, unknown>) {
	const credentialType = node === 'chatWootPlatform' ? 'chatWootPlatformApi' : 'chatWootClientApi';
	return {
		name,
		type: n8n.nodeType.replace(/\.chatWoot$/, `.${node}`),
		typeVersion: 1,
		parameters,
		credentials: { [credentialType]: { id: credentialType, name: credentialType } },
	};
}

describe(`Platform and Client API nodes in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: USER_TOKEN, accountIds: [1] });
		mock.addUser({ name: 'Provisioner', email: 'platform@example.com', accessToken: PLATFORM_TOKEN, accountIds: [], kind: 'platform' });
		seedContact(account, { name: 'Ann' }); // 1
		seedContact(account, { name: 'Bob' }); // 2
		seedApiInbox(mock, INBOX_IDENTIFIER, 1);

		n8n = new N8nInstance(runtime);
		if (devlikeaproDir) {
			n8n.installPackage(join(devlikeaproDir, 'node_modules', '@devlikeapro', 'n8n-nodes-chatwoot'), join(devlikeaproDir, 'node_modules'));
		}
		const screenshot = join(n8n.filesFolder, 'screenshot.jpg');
		writeFileSync(screenshot, JPEG_BYTES);
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, baseUrl, USER_TOKEN),
			{ id: 'chatWootPlatformApi', name: 'chatWootPlatformApi', type: 'chatWootPlatformApi', data: { baseUrl, accessToken: PLATFORM_TOKEN } },
			{ id: 'chatWootClientApi', name: 'chatWootClientApi', type: 'chatWootClientApi', data: { baseUrl, inboxIdentifier: INBOX_IDENTIFIER, hmacToken: '' } },
			...(devlikeaproDir ? [{ id: 'devlikeapro', name: 'devlikeapro', type: 'chatwootApi', data: { url: baseUrl, accessToken: USER_TOKEN } }] : []),
		]);
		await n8n.importWorkflows([
			workflow('wfPlatform', [
				step('Create Account', 'chatWootPlatform', { resource: 'account', operation: 'create', name: 'Acme Onboarding' }),
				step('Create User', 'chatWootPlatform', { resource: 'user', operation: 'create', name: 'Nia', email: 'nia@acme.inc' }),
				step('Add To Account', 'chatWootPlatform', {
					resource: 'accountUser',
					operation: 'add',
					accountId: "={{ $('Create Account').item.json.id }}",
					userId: '={{ $json.id }}',
					role: 'administrator',
				}),
			]),
			workflow('wfClient', [
				step('Create Contact', 'chatWootClient', { resource: 'contact', operation: 'create', additionalFields: { name: 'Visitor' } }),
				step('Start Conversation', 'chatWootClient', { resource: 'conversation', operation: 'create', contactIdentifier: '={{ $json.source_id }}' }),
				{ ...readFile(screenshot), name: 'Read Screenshot' },
				step('Send Message', 'chatWootClient', {
					resource: 'message',
					operation: 'create',
					contactIdentifier: "={{ $('Create Contact').item.json.source_id }}",
					conversationId: "={{ $('Start Conversation').item.json.id }}",
					content: 'Here is what I see',
					additionalFields: { attachments: 'data' },
				}),
			]),
			workflow('wfBothPackages', [
				chatWootUpdate(n8n.nodeType, { accountId: '1', contactId: '1', updateFields: { name: 'Ann (ours)' } }),
				...(devlikeaproDir
					? [
							{
								name: 'devlikeapro',
								type: '@devlikeapro/n8n-nodes-chatwoot.chatWoot',
								typeVersion: 1,
								parameters: { resource: 'Contacts', operation: 'Contact Update', account_id: 1, id: 2, name: 'Bob (theirs)' },
								credentials: { chatwootApi: { id: 'devlikeapro', name: 'devlikeapro' } },
							},
						]
					: []),
			]),
		]);
	}, 180_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	beforeEach(() => {
		firstRequestOfTest = mock.requests.length;
	});

	test('platform: create an account, create a user, add the user to the account', async () => {
		const execution = await n8n.execute('wfPlatform');
		expect(execution.exitCode).toBe(0);
		const sent = requestsSince();
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /platform/api/v1/accounts',
			'POST /platform/api/v1/users',
			'POST /platform/api/v1/accounts/2/account_users',
		]);
		expect(sent.every((request) => request.headers['api-access-token'] === PLATFORM_TOKEN)).toBe(true);
		expect(sent[2].body).toEqual({ user_id: 3, role: 'administrator' });
		expect(outputOf(execution, 'Add To Account').map((item) => item.json)).toEqual([{ account_id: 2, user_id: 3, role: 'administrator' }]);
		expect(mock.users.find((user) => user.email === 'nia@acme.inc')?.accountIds).toEqual([2]);
		expect(mock.contractViolations()).toEqual([]);
	}, 120_000);

	test('client: create a contact, start a conversation, send a message with a file, no token sent', async () => {
		const execution = await n8n.execute('wfClient');
		if (execution.exitCode !== 0) console.log(requestsSince().map((request) => request.method + ' ' + request.path));
		expect(execution.exitCode).toBe(0);
		const sent = requestsSince();
		expect(sent.map((request) => request.method + ' ' + request.path.replace(/src-[\w-]+/, 'SOURCE'))).toEqual([
			`POST /public/api/v1/inboxes/${INBOX_IDENTIFIER}/contacts`,
			`POST /public/api/v1/inboxes/${INBOX_IDENTIFIER}/contacts/SOURCE/conversations`,
			`POST /public/api/v1/inboxes/${INBOX_IDENTIFIER}/contacts/SOURCE/conversations/1/messages`,
		]);
		expect(sent.flatMap((request) => Object.keys(request.headers).filter((name) => /token/.test(name)))).toEqual([]);
		const [message] = publicMessages(mock);
		expect(message.content).toBe('Here is what I see');
		expect(message.attachments.map((file) => [file.fileName, file.contentType])).toEqual([['screenshot.jpg', 'image/jpeg']]);
		expect(message.attachments[0].bytes.equals(JPEG_BYTES)).toBe(true);
		expect(mock.contractViolations()).toEqual([]);
	}, 120_000);

	(devlikeaproDir ? test : test.skip)('installed next to @devlikeapro/n8n-nodes-chatwoot, both packages work with their own credentials', async () => {
		const execution = await n8n.execute('wfBothPackages');
		expect(execution.exitCode).toBe(0);
		const sent = requestsSince();
		const ours = sent.find((request) => request.path === '/api/v1/accounts/1/contacts/1');
		const theirs = sent.find((request) => request.path === '/api/v1/accounts/1/contacts/2');
		expect(ours?.body).toEqual({ name: 'Ann (ours)' });
		expect((theirs?.body as { name?: string })?.name).toBe('Bob (theirs)');
		expect(mock.accounts.get(1)?.contacts.get(1)?.name).toBe('Ann (ours)');
		expect(mock.accounts.get(1)?.contacts.get(2)?.name).toBe('Bob (theirs)');
	}, 120_000);
});
