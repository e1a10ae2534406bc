import { randomBytes } from 'crypto';
import { writeFileSync } from 'fs';
import { join } from 'path';

import { PNG_BYTES } from '../support/fixtures';
import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { messagesOf, seedMessages } from '../mock-chatwoot/resources/messages';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { binariesTogether, credential, CREDENTIAL_ID, readFile, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-message-token-91c2';
const PDF_BYTES = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300_000), Buffer.from('\n%%EOF')]);

let mock: ChatWootMock;
let n8n: N8nInstance;

function outputOf(execution: Execution) {
	return execution.run?.data.resultData.runData.ChatWoot?.[0]?.data?.main[0] ?? [];
}

function chatWoot(type: string, parameters: Record<string, unknown>) {
	return {
		name: 'ChatWoot',
		type,
		typeVersion: 1,
		parameters: { resource: 'message', accountId: '1', conversationId: '7', ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
	};
}

describe(`ChatWoot messages in real n8n ${runtime.version}`, () => {
	let firstRequest = 0;

	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		seedMessages(mock, account, 7, 230, 2);

		n8n = new N8nInstance(runtime);
		const photoPath = join(n8n.filesFolder, 'photo.png');
		const invoicePath = join(n8n.filesFolder, 'invoice.pdf');
		writeFileSync(photoPath, PNG_BYTES);
		writeFileSync(invoicePath, PDF_BYTES);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		await n8n.importWorkflows([
			workflow('wfMsgFiles', [
				readFile(photoPath, { name: 'Read Photo', property: 'photo' }),
				readFile(invoicePath, { name: 'Read Invoice', property: 'invoice' }),
				binariesTogether({ photo: 'Read Photo', invoice: 'Read Invoice' }),
				chatWoot(n8n.nodeType, { operation: 'create', content: 'Two files', messageAdditionalFields: { attachments: 'photo, invoice', private: true } }),
			]),
			workflow('wfMsgAll', [chatWoot(n8n.nodeType, { operation: 'getMany', returnAll: true })]),
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
		expect(mock.contractViolations()).toEqual([]);
	});

	test('a message with two files read from disk reaches ChatWoot byte for byte', async () => {
		const execution = await n8n.execute('wfMsgFiles');
		expect(execution.exitCode).toBe(0);
		const [request, ...others] = mock.requests.slice(firstRequest);
		expect(others).toEqual([]);
		expect(request).toMatchObject({ method: 'POST', path: '/api/v1/accounts/1/conversations/7/messages', contentType: 'multipart/form-data' });
		expect(request.headers['api-access-token']).toBe(TOKEN);
		expect(request.fields).toEqual([
			['content', 'Two files'],
			['private', 'true'],
		]);
		const [photo, invoice] = request.files['attachments[]'];
		expect(photo).toMatchObject({ fileName: 'photo.png', contentType: 'image/png' });
		expect(photo.bytes.equals(PNG_BYTES)).toBe(true);
		expect(invoice).toMatchObject({ fileName: 'invoice.pdf', contentType: 'application/pdf' });
		expect(invoice.bytes.equals(PDF_BYTES)).toBe(true);
		const [created] = outputOf(execution);
		expect(created.json).toMatchObject({ content: 'Two files', private: true });
		expect((created.json.attachments as unknown[]).length).toBe(2);
	}, 120_000);

	test('Get Many with Return All reads every cursor page: all messages once, oldest first', async () => {
		const execution = await n8n.execute('wfMsgAll');
		expect(execution.exitCode).toBe(0);
		const stored = messagesOf(mock.accounts.get(1)!, 7);
		const pages = mock.requests.slice(firstRequest);
		expect(pages.map((request) => request.query)).toEqual([
			{ after: '0' },
			{ after: String(stored[99].id) },
			{ after: String(stored[199].id) },
		]);
		expect(outputOf(execution).map((item) => item.json.id)).toEqual(stored.map((message) => message.id));
	}, 120_000);
});
