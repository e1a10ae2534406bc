import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { ACCESS_TOKEN, BASE_URL, executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { message, page } from './fixtures';

const PATH = '/api/v1/accounts/1/conversations/7/messages';
const requests = recordChatWootRequests();

function getMany(overrides: INodeParameters = {}) {
	return { resource: 'message', operation: 'getMany', accountId: '1', conversationId: '7', returnAll: true, ...overrides };
}

describe('Message → Get Many: the message-id cursor', () => {
	test('Return All walks after=0, then after=<newest id>, oldest first, until a short page', async () => {
		// Ids with gaps, as in a real account where other conversations' messages take ids in between.
		const first = { ...page(1, 100), payload: page(1, 100).payload.map((m, i) => ({ ...m, id: 10 + i * 3 })) };
		const second = { ...page(1, 100), payload: page(1, 100).payload.map((m, i) => ({ ...m, id: 400 + i })) };
		const last = page(500, 542);
		const scopes = [
			expectRequest('GET', PATH, { status: 200, body: first }, requests.sent),
			expectRequest('GET', PATH, { status: 200, body: second }, requests.sent),
			expectRequest('GET', PATH, { status: 200, body: last }, requests.sent),
		];
		const run = await executeNode({ parameters: getMany() });
		scopes.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => [request.method, request.path, request.query])).toEqual([
			['GET', PATH, { after: '0' }],
			['GET', PATH, { after: '307' }],
			['GET', PATH, { after: '499' }],
		]);
		expect(requests.sent[0].headers['api-access-token']).toBe(ACCESS_TOKEN);
		const ids = run.items.map((item) => item.json.id as number);
		expect(ids).toHaveLength(243);
		expect(new Set(ids).size).toBe(243);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect(ids).toEqual([...first.payload, ...second.payload, ...last.payload].map((m) => m.id));
		expect(run.items[0].json).toEqual(first.payload[0]);
	});

	test('a full last page costs one more, empty, request', async () => {
		expectRequest('GET', PATH, { status: 200, body: page(1, 100) }, requests.sent);
		expectRequest('GET', PATH, { status: 200, body: page(0, -1) }, requests.sent);
		const run = await executeNode({ parameters: getMany() });
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([{ after: '0' }, { after: '100' }]);
		expect(run.items).toHaveLength(100);
	});

	test('a message that arrives while paging and shows up twice is output once', async () => {
		expectRequest('GET', PATH, { status: 200, body: page(1, 100) }, requests.sent);
		expectRequest('GET', PATH, { status: 200, body: { ...page(100, 101) } }, requests.sent);
		const run = await executeNode({ parameters: getMany() });
		expect(run.items.map((item) => item.json.id)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
	});

	test('an empty conversation gives no items and one request', async () => {
		const scope = expectRequest('GET', PATH, { status: 200, body: page(0, -1) }, requests.sent);
		const run = await executeNode({ parameters: getMany() });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(run.items).toEqual([]);
	});

	test.each([
		[5, 1, 5],
		[100, 1, 100],
		[150, 2, 150],
	])('Limit %i asks for %i page(s) and returns the oldest %i', async (limit, pages, count) => {
		expectRequest('GET', PATH, { status: 200, body: page(1, 100) }, requests.sent);
		if (pages > 1) expectRequest('GET', PATH, { status: 200, body: page(101, 200) }, requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: getMany({ returnAll: false, limit }) });
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(pages);
		expect(run.items.map((item) => item.json.id)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
	});
});

const STORAGE = 'https://storage.example.net';
const REDIRECT_PATH = '/rails/active_storage/blobs/redirect/eyJfcmFpbHMi--abc/report%20Q1.pdf';
const PDF = Buffer.from('%PDF-1.7 quarterly numbers\n%%EOF');
const JPG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

function withAttachments(id: number) {
	return message(id, {
		attachments: [
			{ id: 1, message_id: id, file_type: 'file', extension: 'pdf', data_url: `${BASE_URL}${REDIRECT_PATH}`, file_size: PDF.length },
			{ id: 2, message_id: id, file_type: 'location', data_url: 'https://maps.example.com/?q=1,2', coordinates_lat: 1 },
			{ id: 3, message_id: id, file_type: 'image', extension: 'jpg', data_url: `${BASE_URL}/rails/active_storage/blobs/redirect/k2/photo.jpg` },
		],
	});
}

/** The Active Storage side: a redirect on ChatWoot's host to signed storage, and the files. */
function serveFiles(seen: Array<{ host: string; path: string; token?: string }>) {
	const record = (host: string) =>
		function (this: { req: { path: string; headers: Record<string, string> } }) {
			seen.push({ host, path: this.req.path, token: this.req.headers['api-access-token'] });
		};
	nock(BASE_URL)
		.get(REDIRECT_PATH)
		.reply(function () {
			record(BASE_URL).call(this as never);
			return [302, '', { Location: `${STORAGE}/bucket/9f8e7d?X-Amz-Signature=s1` }];
		});
	nock(STORAGE)
		.get('/bucket/9f8e7d')
		.query(true)
		.reply(function () {
			record(STORAGE).call(this as never);
			return [200, PDF, { 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="report Q1.pdf"; filename*=UTF-8\'\'report%20Q1.pdf' }];
		});
	nock(BASE_URL)
		.get('/rails/active_storage/blobs/redirect/k2/photo.jpg')
		.reply(function () {
			record(BASE_URL).call(this as never);
			return [200, JPG, { 'Content-Type': 'image/jpeg' }];
		});
}

async function binaryBytes(item: { binary?: Record<string, { data: string; id?: string }> }, key: string) {
	return Buffer.from(item.binary![key].data, 'base64');
}

describe('Message → Get and Get Many: attachments as binary data', () => {
	test('Get asks for the range [id, id + 1) and downloads the files, names and types kept, without the token', async () => {
		const scope = expectRequest('GET', PATH, { status: 200, body: { meta: {}, payload: [withAttachments(42)] } }, requests.sent);
		const seen: Array<{ host: string; path: string; token?: string }> = [];
		serveFiles(seen);
		const run = await executeNode({
			parameters: { resource: 'message', operation: 'get', accountId: '1', conversationId: '7', messageId: '42', messageOptions: { downloadAttachments: true } },
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].query).toEqual({ after: '42', before: '43' });
		expect(seen.map((request) => request.host)).toEqual([BASE_URL, STORAGE, BASE_URL]);
		expect(seen.every((request) => request.token === undefined)).toBe(true);
		const [item] = run.items as never as Array<{ json: { id: number }; binary: Record<string, { fileName: string; mimeType: string; data: string }> }>;
		expect(item.json.id).toBe(42);
		expect(Object.keys(item.binary)).toEqual(['attachment_0', 'attachment_1']);
		expect(item.binary.attachment_0).toMatchObject({ fileName: 'report Q1.pdf', mimeType: 'application/pdf' });
		expect((await binaryBytes(item, 'attachment_0')).equals(PDF)).toBe(true);
		expect(item.binary.attachment_1).toMatchObject({ fileName: 'photo.jpg', mimeType: 'image/jpeg' });
		expect((await binaryBytes(item, 'attachment_1')).equals(JPG)).toBe(true);
	});

	test('Get Many downloads each message\'s files under the chosen prefix', async () => {
		expectRequest('GET', PATH, { status: 200, body: { meta: {}, payload: [message(41), withAttachments(42)] } }, requests.sent);
		serveFiles([]);
		const run = await executeNode({ parameters: getMany({ messageOptions: { downloadAttachments: true, binaryPrefix: 'file_' } }) });
		expect(run.error).toBeUndefined();
		expect(run.items[0].binary).toBeUndefined();
		expect(Object.keys(run.items[1].binary ?? {})).toEqual(['file_0', 'file_1']);
		expect((await binaryBytes(run.items[1] as never, 'file_0')).equals(PDF)).toBe(true);
	});

	test('without Download Attachments nothing but the list is requested', async () => {
		expectRequest('GET', PATH, { status: 200, body: { meta: {}, payload: [withAttachments(42)] } }, requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: getMany() });
		expect(requests.sent).toHaveLength(1);
		expect(run.items[0].binary).toBeUndefined();
	});

	test('a redirect given by a host ChatWoot did not name is not followed', async () => {
		const outside = 'https://cdn.other.example';
		expectRequest(
			'GET',
			PATH,
			{ status: 200, body: { meta: {}, payload: [message(42, { attachments: [{ id: 9, file_type: 'image', data_url: `${outside}/story.jpg` }] })] } },
			requests.sent,
		);
		nock(outside).get('/story.jpg').reply(302, '', { Location: 'https://evil.example/steal' });
		const run = await executeNode({
			parameters: { resource: 'message', operation: 'get', accountId: '1', conversationId: '7', messageId: '42', messageOptions: { downloadAttachments: true } },
		});
		expect(run.error?.message).toBe('The attachment at https://cdn.other.example redirects to https://evil.example, which ChatWoot did not name');
	});

	test('an expired or deleted file is named in the error', async () => {
		expectRequest('GET', PATH, { status: 200, body: { meta: {}, payload: [withAttachments(42)] } }, requests.sent);
		nock(BASE_URL).get(REDIRECT_PATH).reply(404, 'Not Found');
		const run = await executeNode({
			parameters: { resource: 'message', operation: 'get', accountId: '1', conversationId: '7', messageId: '42', messageOptions: { downloadAttachments: true } },
		});
		expect(run.error?.message).toBe(`Could not download attachment 1: ${BASE_URL} answered 404`);
	});

	test('Get of a message that is not in the conversation says so', async () => {
		expectRequest('GET', PATH, { status: 200, body: page(0, -1) }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'message', operation: 'get', accountId: '1', conversationId: '7', messageId: '42' } });
		expect(run.error?.message).toBe('Message 42 is not in this conversation');
	});

	test('Get refuses a bad Message ID before sending', async () => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { resource: 'message', operation: 'get', accountId: '1', conversationId: '7', messageId: '4x' } });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toBe('Message ID must be a positive whole number, not "4x"');
	});
});

test('Simplify comes after Download Attachments: the files are read from the raw messages, the items simplified', async () => {
	expectRequest('GET', PATH, { status: 200, body: { meta: {}, payload: [withAttachments(42)] } }, requests.sent);
	serveFiles([]);
	const run = await executeNode({ parameters: getMany({ messageOptions: { downloadAttachments: true }, simplify: true }) });
	expect(run.error).toBeUndefined();
	expect(Object.keys(run.items[0].binary ?? {})).toEqual(['attachment_0', 'attachment_1']);
	expect(run.items[0].json).not.toHaveProperty('attachments');
	expect(run.items[0].json).toMatchObject({ id: 42, conversation_id: 7 });
});
