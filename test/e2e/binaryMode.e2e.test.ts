import { randomBytes } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedMessages } from '../mock-chatwoot/resources/messages';
import { PNG_BYTES } from '../support/fixtures';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { binariesTogether, chatWootNode, credential, CREDENTIAL_ID, readFile, workflow } from './workflows';

/*
 * n8n 3.0's defaults, applied to the n8n under test: binary data on disk (the in-memory mode is
 * removed in 3.0), unverified packages off (3.0's default; in n8n 2.x it only gates installing
 * from the editor, so it proves the installed package still loads, not how 3.0 loads it), and
 * the 1-minute task-runner timeout the Code node below runs under. The files must reach ChatWoot
 * byte for byte from n8n's file storage, and downloads must land there.
 */
const runtime = runtimeFromEnv();
// On n8n 2.x only: n8n 3.0 continues 2.x (Node 24, the same binary data service), and one more n8n per version would only lengthen CI.
const describeOnV2 = runtime.version.startsWith('1.') ? describe.skip : describe;
const N8N_3_DEFAULTS = {
	N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
	N8N_UNVERIFIED_PACKAGES_ENABLED: 'false',
	N8N_RUNNERS_TASK_TIMEOUT: '60',
};
const TOKEN = 'e2e-binary-token-3c8e';
const PDF_BYTES = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(400_000), Buffer.from('\n%%EOF')]);

let mock: ChatWootMock;
let n8n: N8nInstance;

interface StoredBinary {
	id?: string;
	data?: string;
	fileName?: string;
	mimeType?: string;
}

/** A node's output items with their binary properties (n8n's run data keeps the references, not the bytes). */
function outputOf(execution: Execution, node: string) {
	return (execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? []) as Array<{ json: Record<string, unknown>; binary?: Record<string, StoredBinary> }>;
}

describeOnV2(`Files in real n8n ${runtime.version} with n8n 3.0's defaults (binary data on disk)`, () => {
	let firstRequest = 0;
	let downloadedPath = '';

	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		seedMessages(mock, account, 7, 3);
		seedContact(account, { name: 'Ann', email: 'ann@example.com' }); // 1

		n8n = new N8nInstance({ ...runtime, extraEnv: { ...runtime.extraEnv, ...N8N_3_DEFAULTS } });
		const photoPath = join(n8n.filesFolder, 'photo.png');
		const invoicePath = join(n8n.filesFolder, 'invoice.pdf');
		downloadedPath = join(n8n.filesFolder, 'downloaded.pdf');
		writeFileSync(photoPath, PNG_BYTES);
		writeFileSync(invoicePath, PDF_BYTES);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		await n8n.importWorkflows([
			// Upload, then download what was uploaded: Message → Create with two attachments, Message → Get with Download Attachments, the PDF written back to disk.
			workflow('wfBinMessage', [
				readFile(photoPath, { name: 'Read Photo', property: 'photo' }),
				readFile(invoicePath, { name: 'Read Invoice', property: 'invoice' }),
				binariesTogether({ photo: 'Read Photo', invoice: 'Read Invoice' }),
				chatWootNode(n8n.nodeType, 'Create', { resource: 'message', operation: 'create', conversationId: '7', content: 'Two files', messageAdditionalFields: { attachments: 'photo, invoice' } }),
				chatWootNode(n8n.nodeType, 'Get', { resource: 'message', operation: 'get', conversationId: '7', messageId: '={{ $json.id }}', messageOptions: { downloadAttachments: true } }),
				{
					name: 'Write PDF',
					type: 'n8n-nodes-base.readWriteFile',
					typeVersion: 1,
					parameters: { operation: 'write', fileName: downloadedPath, dataPropertyName: 'attachment_1', options: {} },
				},
			]),
			workflow('wfBinAvatar', [readFile(photoPath), chatWootNode(n8n.nodeType, 'Update', { resource: 'contact', operation: 'update', contactId: '1', updateFields: { avatar: 'data' } })]),
		]);
	}, 120_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	beforeEach(() => {
		firstRequest = mock.requests.length;
	});

	afterEach(() => {
		// The file requests go to Active Storage, a Rails engine mounted beside ChatWoot's router, whose routes routes.tsv does not list.
		expect(mock.contractViolations().filter((violation) => !violation.startsWith('GET /rails/active_storage/'))).toEqual([]);
	});

	test('attachments streamed from disk reach ChatWoot byte for byte, and downloads land on disk with their bytes', async () => {
		const execution = await n8n.execute('wfBinMessage');
		expect(execution.exitCode).toBe(0);
		// The files read from disk travel as references to n8n's file storage, not as base64.
		const [read] = outputOf(execution, 'Both Files');
		for (const binary of Object.values(read.binary ?? {})) expect(binary.id).toMatch(/^filesystem(-v2)?:/);

		const [create, ...afterCreate] = mock.requests.slice(firstRequest);
		expect(create).toMatchObject({ method: 'POST', path: '/api/v1/accounts/1/conversations/7/messages', contentType: 'multipart/form-data' });
		const [photo, invoice] = create.files['attachments[]'];
		expect(photo).toMatchObject({ fileName: 'photo.png', contentType: 'image/png' });
		expect(photo.bytes.equals(PNG_BYTES)).toBe(true);
		expect(invoice).toMatchObject({ fileName: 'invoice.pdf', contentType: 'application/pdf' });
		expect(invoice.bytes.equals(PDF_BYTES)).toBe(true);
		// Get, then each file through the Active Storage redirect: no token on the file requests.
		expect(afterCreate.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'GET']);

		const [got] = outputOf(execution, 'Get');
		expect(Object.keys(got.binary ?? {})).toEqual(['attachment_0', 'attachment_1']);
		expect(got.binary!.attachment_0).toMatchObject({ fileName: 'photo.png', mimeType: 'image/png' });
		expect(got.binary!.attachment_1).toMatchObject({ fileName: 'invoice.pdf', mimeType: 'application/pdf' });
		for (const binary of Object.values(got.binary!)) expect(binary.id).toMatch(/^filesystem(-v2)?:/);
		expect(existsSync(downloadedPath)).toBe(true);
		expect(readFileSync(downloadedPath).equals(PDF_BYTES)).toBe(true);
	}, 120_000);

	test('an avatar read from disk reaches ChatWoot byte for byte', async () => {
		const execution = await n8n.execute('wfBinAvatar');
		expect(execution.exitCode).toBe(0);
		const [update, ...others] = mock.requests.slice(firstRequest);
		expect(others).toEqual([]);
		expect(update).toMatchObject({ method: 'PUT', path: '/api/v1/accounts/1/contacts/1', contentType: 'multipart/form-data' });
		expect(update.files.avatar[0]).toMatchObject({ fileName: 'photo.png', contentType: 'image/png' });
		expect(update.files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		const [updated] = outputOf(execution, 'Update');
		expect(updated.json).toMatchObject({ id: 1, name: 'Ann' });
		expect(String(updated.json.thumbnail)).toContain('photo.png');
	}, 120_000);
});
