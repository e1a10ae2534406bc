import { randomBytes } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import nock from 'nock';
import type { IBinaryData, ICredentialDataDecryptedObject, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';

import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { useBinaryDataMode } from '../harness/binaryData';
import type { BinaryDataMode, BinaryStore } from '../harness/binaryData';
import { BASE_URL, executeNode } from '../harness/executeNode';
import { JPEG_BYTES, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

/*
 * Every operation that reads or writes files, run in both of n8n's local binary data modes:
 * `default` (files as base64 in the items; n8n 1.x's default, removed in n8n 3.0) and
 * `filesystem` (files on disk, only an id in the item; n8n 2.x's default and n8n 3.0's fallback).
 * The files must reach ChatWoot byte for byte, and downloads must land in the mode's storage.
 */

const requests = recordChatWootRequests();

interface FileFixture {
	bytes: Buffer;
	fileName: string;
	mimeType: string;
}

const PNG: FileFixture = { bytes: PNG_BYTES, fileName: 'photo.png', mimeType: 'image/png' };
const JPEG: FileFixture = { bytes: JPEG_BYTES, fileName: 'scan.jpg', mimeType: 'image/jpeg' };
// Large enough that a streamed upload is read from storage in several chunks.
const PDF: FileFixture = {
	bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200_000), Buffer.from('\n%%EOF')]),
	fileName: 'invoice 2026.pdf',
	mimeType: 'application/pdf',
};
const CSV: FileFixture = { bytes: Buffer.from('name,email\nAnn,ann@acme.inc\n'), fileName: 'people.csv', mimeType: 'text/csv' };
const OGG: FileFixture = { bytes: Buffer.concat([Buffer.from('OggS'), randomBytes(5_000)]), fileName: 'call.ogg', mimeType: 'audio/ogg' };

const A = '/api/v1/accounts/1';
const contact = { id: 42, name: 'Alice', email: 'alice@acme.inc', custom_attributes: {} };
const bot = { id: 9, name: 'Triage', description: '', outgoing_url: 'https://n8n.example.com/bot', bot_type: 'webhook' };
const inbox = { id: 3, name: 'Support API', channel_type: 'Channel::Api', avatar_url: '' };
const client = new ChatWootClient();
const clientCredentials = { baseUrl: `${BASE_URL}/app/accounts/1/dashboard`, inboxIdentifier: 'inbox-Ab12', hmacToken: '' };

interface UploadCase {
	label: string;
	nodeType?: INodeType;
	credentials?: ICredentialDataDecryptedObject;
	parameters: INodeParameters;
	/** The input item's binary properties. */
	files: Record<string, FileFixture>;
	/** The requests the operation sends, in order: method, path, ChatWoot's answer. */
	requests: Array<[string, string, unknown]>;
	/** Where each file must arrive: the request's index, the multipart part, the binary property it came from. */
	parts: Array<[number, string, string]>;
}

const uploads: UploadCase[] = [
	{
		label: 'Contact → Create with an avatar',
		parameters: { resource: 'contact', operation: 'create', accountId: '1', additionalFields: { name: 'Alice', avatar: 'data' } },
		files: { data: PNG },
		requests: [['POST', `${A}/contacts`, { payload: { contact, contact_inbox: {} } }]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Contact → Update with an avatar',
		parameters: { resource: 'contact', operation: 'update', accountId: '1', contactId: '42', updateFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['PUT', `${A}/contacts/42`, { payload: contact }]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Contact → Import (CSV)',
		parameters: { resource: 'contact', operation: 'import', accountId: '1', binaryPropertyName: 'file' },
		files: { file: CSV },
		requests: [['POST', `${A}/contacts/import`, '']],
		parts: [[0, 'import_file', 'file']],
	},
	{
		label: 'Agent Bot → Create with an avatar',
		parameters: { resource: 'agentBot', operation: 'create', accountId: '1', name: 'Triage', agentBotAdditionalFields: { avatar: 'data' } },
		files: { data: JPEG },
		requests: [['POST', `${A}/agent_bots`, bot]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Agent Bot → Update with an avatar',
		parameters: { resource: 'agentBot', operation: 'update', accountId: '1', agentBotId: '9', agentBotUpdateFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['PATCH', `${A}/agent_bots/9`, bot]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Inbox → Create with an avatar (JSON first, then the file)',
		parameters: { resource: 'inbox', operation: 'create', accountId: '1', name: 'Support API', channelType: 'api', inboxAdditionalFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [
			['POST', `${A}/inboxes`, { ...inbox, id: 8 }],
			['PATCH', `${A}/inboxes/8`, { ...inbox, id: 8 }],
		],
		parts: [[1, 'avatar', 'data']],
	},
	{
		label: 'Inbox → Update with an avatar',
		parameters: { resource: 'inbox', operation: 'update', accountId: '1', inboxId: '3', inboxUpdateFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['PATCH', `${A}/inboxes/3`, inbox]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Profile → Update with an avatar',
		parameters: { resource: 'profile', operation: 'update', profileUpdateFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['PUT', '/api/v1/profile', { id: 1, name: 'Ann', email: 'ann@acme.inc' }]],
		parts: [[0, 'profile[avatar]', 'data']],
	},
	{
		label: 'Company → Create with an avatar',
		parameters: { resource: 'company', operation: 'create', accountId: '1', name: 'Acme', companyAdditionalFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['POST', `${A}/companies`, { payload: { id: 9, name: 'Acme' } }]],
		parts: [[0, 'company[avatar]', 'data']],
	},
	{
		label: 'Company → Update with an avatar',
		parameters: { resource: 'company', operation: 'update', accountId: '1', companyId: '9', companyUpdateFields: { avatar: 'data' } },
		files: { data: JPEG },
		requests: [['PATCH', `${A}/companies/9`, { payload: { id: 9, name: 'Acme' } }]],
		parts: [[0, 'company[avatar]', 'data']],
	},
	{
		label: 'Portal → Create with a logo (uploaded first)',
		parameters: { resource: 'portal', operation: 'create', accountId: '1', name: 'Handbook', slug: 'handbook', portalAdditionalFields: { logo: 'data' } },
		files: { data: PNG },
		requests: [
			['POST', `${A}/upload`, { file_url: 'https://x/logo.png', blob_key: 'k', blob_id: 'signed-blob-1' }],
			['POST', `${A}/portals`, { id: 2, slug: 'handbook' }],
		],
		parts: [[0, 'attachment', 'data']],
	},
	{
		label: 'Portal → Update with a logo (uploaded first)',
		parameters: { resource: 'portal', operation: 'update', accountId: '1', portalSlug: 'handbook', portalUpdateFields: { logo: 'data' } },
		files: { data: PNG },
		requests: [
			['POST', `${A}/upload`, { file_url: 'https://x/logo.png', blob_key: 'k', blob_id: 'signed-blob-1' }],
			['PATCH', `${A}/portals/handbook`, { id: 2, slug: 'handbook' }],
		],
		parts: [[0, 'attachment', 'data']],
	},
	{
		label: 'Upload → Create from a binary file',
		parameters: { resource: 'upload', operation: 'create', accountId: '1', source: 'binary', binaryPropertyName: 'file' },
		files: { file: PDF },
		requests: [['POST', `${A}/upload`, { file_url: 'https://x/invoice.pdf', blob_id: 'b' }]],
		parts: [[0, 'attachment', 'file']],
	},
	{
		label: 'Message → Create with two attachments (streamed)',
		parameters: { resource: 'message', operation: 'create', accountId: '1', conversationId: '7', content: 'Files', messageAdditionalFields: { attachments: 'photo, invoice' } },
		files: { photo: PNG, invoice: PDF },
		requests: [['POST', `${A}/conversations/7/messages`, { id: 102, content: 'Files' }]],
		parts: [
			[0, 'attachments[]', 'photo'],
			[0, 'attachments[]', 'invoice'],
		],
	},
	{
		label: 'Conversation → Create with attachments on the first message (streamed)',
		parameters: {
			resource: 'conversation',
			operation: 'create',
			accountId: '1',
			inboxId: '3',
			conversationContactId: { __rl: true, mode: 'id', value: '42' },
			conversationAdditionalFields: { message: 'Your files', attachments: 'data, invoice' },
		},
		files: { data: JPEG, invoice: PDF },
		requests: [['POST', `${A}/conversations`, { id: 61, inbox_id: 3, status: 'open' }]],
		parts: [
			[0, 'message[attachments][]', 'data'],
			[0, 'message[attachments][]', 'invoice'],
		],
	},
	{
		label: 'Captain Document → Create from a PDF',
		parameters: { resource: 'captainDocument', operation: 'create', accountId: '1', assistantId: '7', source: 'pdf', binaryPropertyName: 'file' },
		files: { file: PDF },
		requests: [['POST', `${A}/captain/documents`, { id: 6, name: 'invoice 2026.pdf' }]],
		parts: [[0, 'document[pdf_file]', 'file']],
	},
	{
		label: 'WhatsApp Call → Upload Recording',
		parameters: { resource: 'whatsappCall', operation: 'uploadRecording', accountId: '1', callId: '5', binaryPropertyName: 'audio' },
		files: { audio: OGG },
		requests: [['POST', `${A}/whatsapp_calls/5/upload_recording`, { status: 'uploaded' }]],
		parts: [[0, 'recording', 'audio']],
	},
	{
		label: 'Platform: Agent Bot → Create with an avatar',
		nodeType: new ChatWootPlatform(),
		parameters: { resource: 'agentBot', operation: 'create', name: 'Helper', additionalFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['POST', '/platform/api/v1/agent_bots', bot]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Platform: Agent Bot → Update with an avatar',
		nodeType: new ChatWootPlatform(),
		parameters: { resource: 'agentBot', operation: 'update', agentBotId: '3', updateFields: { avatar: 'data' } },
		files: { data: PNG },
		requests: [['PATCH', '/platform/api/v1/agent_bots/3', bot]],
		parts: [[0, 'avatar', 'data']],
	},
	{
		label: 'Client: Message → Create with two attachments (streamed)',
		nodeType: client,
		credentials: clientCredentials,
		parameters: { resource: 'message', operation: 'create', contactIdentifier: 'src-42', conversationId: '5', content: 'Files', additionalFields: { attachments: 'data, invoice' } },
		files: { data: PNG, invoice: PDF },
		requests: [['POST', '/public/api/v1/inboxes/inbox-Ab12/contacts/src-42/conversations/5/messages', { id: 7, content: 'Files' }]],
		parts: [
			[0, 'attachments[]', 'data'],
			[0, 'attachments[]', 'invoice'],
		],
	},
];

/** The active storage side of a download: ChatWoot redirects to the blob, which answers with the file. */
const STORAGE = 'https://storage.example.net';
function serveFile(path: string, file: FileFixture) {
	nock(BASE_URL).get(path).reply(302, '', { Location: `${STORAGE}/bucket${path}?X-Amz-Signature=s1` });
	nock(STORAGE)
		.get(`/bucket${path}`)
		.query(true)
		.reply(200, file.bytes, { 'Content-Type': file.mimeType, 'Content-Disposition': `attachment; filename="${file.fileName}"` });
}

const attachment = (id: number, path: string, fileType: string) => ({ id, file_type: fileType, data_url: `${BASE_URL}${path}` });
const PDF_PATH = '/rails/active_storage/blobs/redirect/k1/invoice.pdf';
const PNG_PATH = '/rails/active_storage/blobs/redirect/k2/photo.png';

interface DownloadCase {
	label: string;
	parameters: INodeParameters;
	/** The listing request and ChatWoot's answer. */
	list: [string, unknown];
	/** The binary properties the (single) output item must carry, with the file each holds. */
	binaries: Record<string, FileFixture>;
}

const messageWithFiles = { id: 42, content: 'Files', attachments: [attachment(1, PDF_PATH, 'file'), attachment(2, PNG_PATH, 'image')] };
const downloads: DownloadCase[] = [
	{
		label: 'Message → Get with Download Attachments',
		parameters: { resource: 'message', operation: 'get', accountId: '1', conversationId: '7', messageId: '42', messageOptions: { downloadAttachments: true } },
		list: [`${A}/conversations/7/messages`, { meta: {}, payload: [messageWithFiles] }],
		binaries: { attachment_0: PDF, attachment_1: PNG },
	},
	{
		label: 'Message → Get Many with Download Attachments',
		parameters: { resource: 'message', operation: 'getMany', accountId: '1', conversationId: '7', returnAll: false, limit: 1, messageOptions: { downloadAttachments: true, binaryPrefix: 'file_' } },
		list: [`${A}/conversations/7/messages`, { meta: {}, payload: [messageWithFiles] }],
		binaries: { file_0: PDF, file_1: PNG },
	},
	{
		label: 'Conversation → Get Attachments with Download Attachments',
		parameters: { resource: 'conversation', operation: 'getAttachments', accountId: '1', conversationId: '7', returnAll: true, conversationOptions: { downloadAttachments: true } },
		list: [`${A}/conversations/7/attachments`, { meta: { total_count: 1 }, payload: [attachment(5, PDF_PATH, 'file')] }],
		binaries: { attachment_0: PDF },
	},
];

describe.each<BinaryDataMode>(['default', 'filesystem'])('files in binary data mode "%s"', (mode) => {
	let store: BinaryStore & { dispose(): void };

	beforeAll(async () => {
		store = await useBinaryDataMode(mode);
	});
	afterAll(() => store.dispose());

	/** Checks that a binary property is held the way `mode` holds files, and returns its bytes. */
	async function bytesOf(binary: IBinaryData): Promise<Buffer> {
		if (mode === 'filesystem') {
			// Only a reference travels in the item; the bytes are on disk in the storage folder.
			expect(binary.id).toMatch(/^filesystem-v2:/);
			expect(binary.data).toBe('filesystem-v2');
			const path = store.pathOf(binary);
			expect(path.startsWith(store.storagePath)).toBe(true);
			expect(existsSync(path)).toBe(true);
			const onDisk = readFileSync(path);
			expect(onDisk.equals(await store.read(binary))).toBe(true);
			return onDisk;
		}
		expect(binary.id).toBeUndefined();
		return Buffer.from(binary.data, 'base64');
	}

	test.each(uploads)('$label: every file reaches ChatWoot byte for byte', async (upload) => {
		const item: INodeExecutionData = { json: {}, binary: {} };
		for (const [property, file] of Object.entries(upload.files)) {
			item.binary![property] = await store.store(file.bytes, file);
			expect((await bytesOf(item.binary![property])).equals(file.bytes)).toBe(true);
		}
		const scopes = upload.requests.map(([method, path, reply]) => expectRequest(method, path, { status: 200, body: reply }, requests.sent));
		const run = await executeNode({ parameters: upload.parameters, items: [item], nodeType: upload.nodeType, credentials: upload.credentials });
		expect(run.error).toBeUndefined();
		scopes.forEach((scope) => scope.done());
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(upload.requests.map(([method, path]) => `${method} ${path}`));
		// Files under one part name (attachments[]) must arrive in the order they were named.
		const byPart = new Map<string, { index: number; part: string; files: FileFixture[] }>();
		for (const [index, part, property] of upload.parts) {
			const entry = byPart.get(`${index} ${part}`) ?? { index, part, files: [] };
			entry.files.push(upload.files[property]);
			byPart.set(`${index} ${part}`, entry);
		}
		for (const { index, part, files } of byPart.values()) {
			expect(requests.sent[index].contentType).toBe('multipart/form-data');
			const arrived = requests.sent[index].files[part] ?? [];
			expect(arrived.map((file) => [file.fileName, file.contentType, file.bytes.length])).toEqual(files.map((file) => [file.fileName, file.mimeType, file.bytes.length]));
			arrived.forEach((file, i) => expect(file.bytes.equals(files[i].bytes)).toBe(true));
		}
		expect(run.items).toHaveLength(1);
	});

	test.each(downloads)('$label: the files land in the storage of the mode, bytes, names and types intact', async (download) => {
		const [path, answer] = download.list;
		const scope = expectRequest('GET', path, { status: 200, body: answer }, requests.sent);
		serveFile(PDF_PATH, PDF);
		if (Object.values(download.binaries).includes(PNG)) serveFile(PNG_PATH, PNG);
		const run = await executeNode({ parameters: download.parameters });
		expect(run.error).toBeUndefined();
		scope.done();
		expect(run.items).toHaveLength(1);
		const binary = run.items[0].binary ?? {};
		expect(Object.keys(binary)).toEqual(Object.keys(download.binaries));
		for (const [property, file] of Object.entries(download.binaries)) {
			expect(binary[property]).toMatchObject({ fileName: file.fileName, mimeType: file.mimeType });
			expect((await bytesOf(binary[property])).equals(file.bytes)).toBe(true);
		}
	});
});
