import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { ACCESS_TOKEN, executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { message } from './fixtures';

const PATH = '/api/v1/accounts/1/conversations/7/messages';
const requests = recordChatWootRequests();

function create(content: string, additionalFields: INodeParameters = {}, overrides: INodeParameters = {}) {
	return { resource: 'message', operation: 'create', accountId: '1', conversationId: '7', content, messageAdditionalFields: additionalFields, ...overrides };
}

const PDF_BYTES = Buffer.from('%PDF-1.7\n' + 'x'.repeat(3000) + '\n%%EOF', 'latin1');

function twoFiles(): INodeExecutionData {
	const png = binaryItem(PNG_BYTES, { property: 'photo', fileName: 'photo.png', mimeType: 'image/png' });
	const pdf = binaryItem(PDF_BYTES, { property: 'invoice', fileName: 'invoice 2024.pdf', mimeType: 'application/pdf' });
	return { json: {}, binary: { ...png.binary, ...pdf.binary } };
}

describe('Message → Create as JSON', () => {
	const cases: Array<[string, string, INodeParameters, Record<string, unknown>]> = [
		['plain text: only the content, so ChatWoot makes it outgoing and public', 'Hello', {}, { content: 'Hello' }],
		['a private note', 'Internal', { private: true }, { content: 'Internal', private: true }],
		['an incoming message', 'From the contact', { messageType: 'incoming' }, { content: 'From the contact', message_type: 'incoming' }],
		[
			'an input select with its items, numbers and booleans kept',
			'Pick one',
			{ contentType: 'input_select', contentAttributes: '{"items":[{"title":"Yes","value":"yes"}],"in_reply_to":12,"x":true}' },
			{ content: 'Pick one', content_type: 'input_select', content_attributes: { items: [{ title: 'Yes', value: 'yes' }], in_reply_to: 12, x: true } },
		],
		[
			'a WhatsApp template',
			'Your order shipped',
			{ templateParams: '{"name":"order","category":"UTILITY","language":"en_US","processed_params":{"body":{"1":"Ann"}}}' },
			{
				content: 'Your order shipped',
				template_params: { name: 'order', category: 'UTILITY', language: 'en_US', processed_params: { body: { 1: 'Ann' } } },
			},
		],
		[
			'email recipients and an echo ID',
			'Hi',
			{ ccEmails: 'a@x.io, b@x.io', bccEmails: 'c@x.io', toEmails: 'd@x.io', echoId: 'n8n-1' },
			{ content: 'Hi', cc_emails: 'a@x.io, b@x.io', bcc_emails: 'c@x.io', to_emails: 'd@x.io', echo_id: 'n8n-1' },
		],
	];

	test.each(cases)('%s', async (_label, content, additionalFields, body) => {
		const created = message(101, { content });
		const scope = expectRequest('POST', PATH, { status: 200, body: created }, requests.sent);
		const run = await executeNode({ parameters: create(content, additionalFields) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0]).toMatchObject({ method: 'POST', path: PATH, query: {}, contentType: 'application/json', body });
		expect(requests.sent[0].body).toEqual(body);
		expect(requests.sent[0].headers['api-access-token']).toBe(ACCESS_TOKEN);
		expect(run.items).toEqual([{ json: created, pairedItem: { item: 0 } }]);
	});

	test('an agent bot token may send messages', async () => {
		const scope = expectRequest('POST', PATH, { status: 200, body: message(5) }, requests.sent);
		const run = await executeNode({ parameters: create('Bot says hi', {}, { authentication: 'agentBotToken' }) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ content: 'Bot says hi' });
	});

	test("ChatWoot's refusal of an incoming message outside API inboxes keeps its words", async () => {
		expectRequest('POST', PATH, { status: 422, body: { error: 'Incoming messages are only allowed in Api inboxes' } }, requests.sent);
		const run = await executeNode({ parameters: create('x', { messageType: 'incoming' }) });
		expect(run.error?.message).toBe('ChatWoot answered 422: Incoming messages are only allowed in Api inboxes');
	});
});

describe('Message → Create with attachments (multipart)', () => {
	test('two files: one attachments[] part each, names, types and bytes intact, fields beside them', async () => {
		const created = message(102, { attachments: [{ id: 1 }, { id: 2 }] });
		const scope = expectRequest('POST', PATH, { status: 200, body: created }, requests.sent);
		const run = await executeNode({
			parameters: create('Here you go', {
				attachments: 'photo, invoice',
				private: true,
				contentAttributes: '{"in_reply_to":12,"flags":{"urgent":true}}',
				templateParams: '{"name":"doc","processed_params":{"body":{"1":"Ann"}}}',
				echoId: 'e-1',
			}),
			items: [twoFiles()],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		const [request] = requests.sent;
		expect(request).toMatchObject({ method: 'POST', path: PATH, query: {}, contentType: 'multipart/form-data' });
		expect(Number(request.headers['content-length'])).toBeGreaterThan(PDF_BYTES.length);
		expect(request.fields).toEqual([
			['content', 'Here you go'],
			['echo_id', 'e-1'],
			['private', 'true'],
			['template_params[name]', 'doc'],
			['template_params[processed_params][body][1]', 'Ann'],
			// MessageBuilder parses a JSON string, so the types inside survive multipart.
			['content_attributes', '{"in_reply_to":12,"flags":{"urgent":true}}'],
		]);
		expect(Object.keys(request.files)).toEqual(['attachments[]']);
		const [photo, invoice] = request.files['attachments[]'];
		expect(photo).toMatchObject({ fileName: 'photo.png', contentType: 'image/png' });
		expect(photo.bytes.equals(PNG_BYTES)).toBe(true);
		expect(invoice).toMatchObject({ fileName: 'invoice 2024.pdf', contentType: 'application/pdf' });
		expect(invoice.bytes.equals(PDF_BYTES)).toBe(true);
		expect(run.items).toEqual([{ json: created, pairedItem: { item: 0 } }]);
	});

	test('files alone: no content field is sent', async () => {
		const scope = expectRequest('POST', PATH, { status: 200, body: message(103) }, requests.sent);
		const run = await executeNode({ parameters: create('', { attachments: 'data' }), items: [binaryItem(PNG_BYTES)] });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].fields).toEqual([]);
		expect(requests.sent[0].files['attachments[]']).toHaveLength(1);
		expect(requests.sent[0].files['attachments[]'][0]).toMatchObject({ fileName: 'alice.png', contentType: 'image/png' });
	});

	test('a redirect is not followed (following one keeps the whole file in memory): its status is the error', async () => {
		const scope = expectRequest('POST', PATH, { status: 307, body: '', headers: { Location: `${PATH}/elsewhere` } }, requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: create('', { attachments: 'data' }), items: [binaryItem(PNG_BYTES)] });
		scope.done();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`POST ${PATH}`]);
		expect(run.error?.message).toMatch(/307/);
	});
});

describe('Message → Create: bad input is refused before anything is sent', () => {
	beforeEach(() => tripwire(requests.sent));

	test.each([
		['no content and no attachments', create(''), [{ json: {} }], /^Content is required when no attachments are sent$/],
		['a binary property the item lacks', create('x', { attachments: 'photo, scan' }), [twoFiles()], /^Attachments: the input item has no binary property "scan"$/],
		['attachments on an item without binary data', create('x', { attachments: 'data' }), [{ json: {} }], /^Attachments: the input item has no binary property "data"$/],
		['an Attachments field left empty', create('x', { attachments: ' , ' }), [twoFiles()], /^Attachments is empty$/],
		['content attributes that are not JSON', create('x', { contentAttributes: '{items:' }), [{ json: {} }], /^Content Attributes is not valid JSON$/],
		['template params that are an array', create('x', { templateParams: '[1]' }), [{ json: {} }], /^Template Params must be a JSON object, not an array$/],
		['a conversation ID that is not a number', create('x', {}, { conversationId: 'seven' }), [{ json: {} }], /^Conversation ID must be a positive whole number, not "seven"$/],
	] as Array<[string, INodeParameters, INodeExecutionData[], RegExp]>)('%s', async (_label, parameters, items, messagePattern) => {
		const run = await executeNode({ parameters, items });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toMatch(messagePattern);
	});

	test('the missing property is named together with those present', async () => {
		const run = await executeNode({ parameters: create('x', { attachments: 'scan' }), items: [twoFiles()] });
		expect(run.error?.description).toBe('Binary properties on this item: photo, invoice. Enter the one to send in Attachments.');
	});
});

describe('Message → Create with Attachment URLs: the node downloads the files, then sends them as parts', () => {
	const FILES = 'https://files.example.com';

	test('each URL is fetched without the ChatWoot token and sent with its name and type', async () => {
		let fileRequestHeaders: Record<string, unknown> = {};
		const files = nock(FILES)
			.get('/docs/invoice%202024.pdf')
			.reply(function () {
				fileRequestHeaders = this.req.headers;
				return [200, PDF_BYTES, { 'Content-Type': 'application/pdf' }];
			})
			.get('/download')
			.query({ id: '9' })
			.reply(200, PNG_BYTES, { 'Content-Type': 'image/png; charset=binary', 'Content-Disposition': 'attachment; filename="photo.png"' });
		const scope = expectRequest('POST', PATH, { status: 200, body: message(104) }, requests.sent);
		const run = await executeNode({
			parameters: create('Your invoice', { attachmentUrls: `${FILES}/docs/invoice%202024.pdf,\n${FILES}/download?id=9` }),
		});
		files.done();
		scope.done();
		expect(run.error).toBeUndefined();
		expect(fileRequestHeaders).not.toHaveProperty('api_access_token');
		expect(JSON.stringify(fileRequestHeaders)).not.toContain(ACCESS_TOKEN);
		expect(requests.sent[0].fields).toEqual([['content', 'Your invoice']]);
		const [invoice, photo] = requests.sent[0].files['attachments[]'];
		expect(invoice).toMatchObject({ fileName: 'invoice 2024.pdf', contentType: 'application/pdf' });
		expect(invoice.bytes.equals(PDF_BYTES)).toBe(true);
		expect(photo).toMatchObject({ fileName: 'photo.png', contentType: 'image/png' });
		expect(photo.bytes.equals(PNG_BYTES)).toBe(true);
	});

	test('binary properties and URLs together', async () => {
		const files = nock(FILES).get('/a.pdf').reply(200, PDF_BYTES, { 'Content-Type': 'application/pdf' });
		const scope = expectRequest('POST', PATH, { status: 200, body: message(105) }, requests.sent);
		const run = await executeNode({ parameters: create('', { attachments: 'data', attachmentUrls: `${FILES}/a.pdf` }), items: [binaryItem(PNG_BYTES)] });
		files.done();
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].files['attachments[]'].map((file) => file.fileName)).toEqual(['alice.png', 'a.pdf']);
	});

	describe('a URL that is not a file is refused before ChatWoot is called', () => {
		beforeEach(() => tripwire(requests.sent));

		test.each([
			['left empty', ' , ', /^Attachment URLs is empty$/],
			['not an address', 'invoice.pdf', /^Attachment URLs: "invoice\.pdf" is not an http\(s\) URL$/],
			['another scheme', 'file:///etc/passwd', /^Attachment URLs: "file:\/\/\/etc\/passwd" is not an http\(s\) URL$/],
		])('%s', async (_label, attachmentUrls, messagePattern) => {
			const run = await executeNode({ parameters: create('x', { attachmentUrls }) });
			expect(requests.sent).toEqual([]);
			expect(run.error?.message).toMatch(messagePattern);
		});

		test('a URL answering 404 names the URL and the status', async () => {
			const files = nock(FILES).get('/gone.pdf').reply(404, 'Not Found');
			const run = await executeNode({ parameters: create('x', { attachmentUrls: `${FILES}/gone.pdf` }) });
			files.done();
			expect(requests.sent).toEqual([]);
			expect(run.error?.message).toBe(`Attachment URLs: downloading "${FILES}/gone.pdf" failed (HTTP 404)`);
			expect(run.error?.description).toMatch(/^Nothing was sent to ChatWoot/);
		});
	});
});
