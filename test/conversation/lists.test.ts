import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { BASE_URL, executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { binaryItem, JPEG_BYTES, PNG_BYTES } from '../support/fixtures';
import { ACCOUNT, conversation, conversations } from './fixtures';

const requests = recordChatWootRequests();
const LIST = `${ACCOUNT}/conversations`;

const listPage = (records: unknown[]) => ({ data: { meta: { mine_count: 0, assigned_count: 0, unassigned_count: 0, all_count: 60 }, payload: records } });
const getMany = (parameters: INodeParameters = {}) => ({ resource: 'conversation', operation: 'getMany', accountId: '1', ...parameters });

describe('Conversation → Get Many: 25 a page inside data.payload', () => {
	test.each([
		['several pages, the last one partial', [25, 25, 10], { returnAll: true }, 60],
		['exactly one full page, then an empty one', [25, 0], { returnAll: true }, 25],
		['no conversations', [0], { returnAll: true }, 0],
		['a limit within the first page asks for one page only', [25], { limit: 10 }, 10],
		['a limit in the second page stops there', [25, 25], { limit: 30 }, 30],
	])('%s', async (_label, sizes, options, expected) => {
		let first = 1;
		const scopes = sizes.map((size) => {
			const scope = expectRequest('GET', LIST, { status: 200, body: listPage(conversations(size, first)) }, requests.sent);
			first += size;
			return scope;
		});
		const run = await executeNode({ parameters: getMany(options) });
		scopes.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query.page)).toEqual(sizes.map((_, index) => String(index + 1)));
		expect(run.items.map((item) => item.json.id)).toEqual(Array.from({ length: expected }, (_, index) => index + 1));
	});

	test('Updated Within: ChatWoot answers every match at once, so a full page asks for no other', async () => {
		const scope = expectRequest('GET', LIST, { status: 200, body: listPage(conversations(40)) }, requests.sent);
		const run = await executeNode({ parameters: getMany({ returnAll: true, conversationFilters: { updatedWithin: 600 } }) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([{ updated_within: '600', page: '1' }]);
		expect(run.items).toHaveLength(40);
	});

	test('filters and sorting go in the query, labels as labels[] repeated', async () => {
		const paths: string[] = [];
		nock(BASE_URL)
			.get((path) => path.startsWith(LIST))
			.reply(function () {
				paths.push(decodeURIComponent(this.req.path));
				return [200, listPage([conversation()])];
			});
		const run = await executeNode({
			parameters: getMany({
				returnAll: true,
				conversationFilters: {
					status: 'all',
					assigneeType: 'unassigned',
					inboxId: { __rl: true, mode: 'id', value: '3' },
					teamId: '2',
					labels: ['vip', 'billing'],
					q: 'refund',
					conversationType: 'unattended',
				},
				conversationOptions: { sortBy: 'created_at_asc' },
			}),
		});
		expect(run.error).toBeUndefined();
		const [path] = paths;
		const query = new URLSearchParams(path.split('?')[1]);
		expect(query.getAll('labels[]')).toEqual(['vip', 'billing']);
		expect(Object.fromEntries([...query].filter(([key]) => key !== 'labels[]'))).toEqual({
			status: 'all',
			assignee_type: 'unassigned',
			inbox_id: '3',
			team_id: '2',
			q: 'refund',
			conversation_type: 'unattended',
			sort_by: 'created_at_asc',
			page: '1',
		});
		expect(run.items.map((item) => item.json)).toEqual([conversation()]);
	});
});

describe('Conversation → Filter: POST with the filter payload, page in the query', () => {
	const filter = (conditions: INodeParameters[], extra: INodeParameters = {}) => ({
		resource: 'conversation',
		operation: 'filter',
		accountId: '1',
		conditions: { condition: conditions },
		...extra,
	});

	test('conditions become the payload, joined by the match operator, records read from payload', async () => {
		const a = expectRequest('POST', `${LIST}/filter`, { status: 200, body: { meta: { all_count: 26 }, payload: conversations(25) } }, requests.sent);
		const b = expectRequest('POST', `${LIST}/filter`, { status: 200, body: { meta: { all_count: 26 }, payload: conversations(1, 26) } }, requests.sent);
		const run = await executeNode({
			parameters: filter(
				[
					{ attribute: 'status', operator: 'equal_to', values: 'open, pending' },
					{ attribute: 'labels', operator: 'contains', values: 'vip' },
					{ attribute: 'custom', customAttributeKey: 'order_id', operator: 'is_present', values: '' },
				],
				{ match: 'OR', returnAll: true },
			),
		});
		a.done();
		b.done();
		expect(run.error).toBeUndefined();
		const payload = [
			{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open', 'pending'], query_operator: 'OR' },
			{ attribute_key: 'labels', filter_operator: 'contains', values: ['vip'], query_operator: 'OR' },
			{ attribute_key: 'order_id', filter_operator: 'is_present', values: [] },
		];
		expect(requests.sent.map((request) => [request.query, request.body])).toEqual([
			[{ page: '1' }, { payload }],
			[{ page: '2' }, { payload }],
		]);
		expect(run.items).toHaveLength(26);
	});

	test.each([
		['no conditions', filter([]), /^Add at least one condition$/],
		['a condition without values', filter([{ attribute: 'status', operator: 'equal_to', values: ' ' }]), /^Condition 1: Values is empty$/],
		['a custom attribute without a key', filter([{ attribute: 'status', values: 'open' }, { attribute: 'custom', operator: 'equal_to', values: 'x' }]), /^Condition 2: Custom Attribute Key is empty$/],
	])('%s is refused before sending', async (_label, parameters, message) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { ...parameters, returnAll: true } });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toMatch(message);
	});
});

describe('Conversation → Search and Get Attachments', () => {
	test('Search sends q and pages through payload (no data wrapper: conversations/search.json.jbuilder)', async () => {
		const scope = expectRequest('GET', `${LIST}/search`, { status: 200, body: listPage(conversations(3)).data }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'conversation', operation: 'search', accountId: '1', q: 'refund', returnAll: true } });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].query).toEqual({ q: 'refund', page: '1' });
		expect(run.items).toHaveLength(3);
	});

	test('Search without text is refused before sending', async () => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { resource: 'conversation', operation: 'search', accountId: '1', q: '={{ "" }}', returnAll: true } });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toBe('Search Text is empty');
	});

	test('Get Attachments pages by 100 inside payload', async () => {
		const files = (count: number, first: number) =>
			Array.from({ length: count }, (_, index) => ({ id: first + index, file_type: 'image', data_url: `https://x/${first + index}.png` }));
		const a = expectRequest('GET', `${LIST}/7/attachments`, { status: 200, body: { meta: { total_count: 101 }, payload: files(100, 1) } }, requests.sent);
		const b = expectRequest('GET', `${LIST}/7/attachments`, { status: 200, body: { meta: { total_count: 101 }, payload: files(1, 101) } }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'conversation', operation: 'getAttachments', accountId: '1', conversationId: '7', returnAll: true },
		});
		a.done();
		b.done();
		expect(requests.sent.map((request) => request.query)).toEqual([{ page: '1' }, { page: '2' }]);
		expect(run.items).toHaveLength(101);
	});

	test('Get Attachments with Download Attachments: each attachment item carries its file, name and type kept, no token sent', async () => {
		const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
		const dataUrl = `${BASE_URL}/rails/active_storage/blobs/redirect/k1/receipt.png`;
		expectRequest('GET', `${LIST}/7/attachments`, { status: 200, body: { payload: [{ id: 5, file_type: 'image', data_url: dataUrl }] } }, requests.sent);
		const tokens: unknown[] = [];
		nock(BASE_URL)
			.get('/rails/active_storage/blobs/redirect/k1/receipt.png')
			.reply(function () {
				tokens.push(this.req.headers['api-access-token']);
				return [200, PNG, { 'Content-Type': 'image/png' }];
			});
		const run = await executeNode({
			parameters: {
				resource: 'conversation',
				operation: 'getAttachments',
				accountId: '1',
				conversationId: '7',
				returnAll: true,
				conversationOptions: { downloadAttachments: true },
			},
		});
		expect(run.error).toBeUndefined();
		expect(tokens).toEqual([undefined]);
		const [item] = run.items;
		expect(item.json).toEqual({ id: 5, file_type: 'image', data_url: dataUrl });
		expect(item.binary?.attachment_0).toMatchObject({ fileName: 'receipt.png', mimeType: 'image/png' });
		expect(Buffer.from(item.binary!.attachment_0.data, 'base64').equals(PNG)).toBe(true);
	});
});

describe('Conversation → Create', () => {
	const create = (additionalFields: INodeParameters = {}) => ({
		resource: 'conversation',
		operation: 'create',
		accountId: '1',
		inboxId: '3',
		conversationContactId: { __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/1/contacts/42' },
		conversationAdditionalFields: additionalFields,
	});

	test('without files: one JSON request with numbers, the first message nested, and only the fields added', async () => {
		const scope = expectRequest('POST', LIST, { status: 200, body: conversation() }, requests.sent);
		const run = await executeNode({
			parameters: create({
				sourceId: 'alice@acme.inc',
				assigneeId: '5',
				teamId: '2',
				status: 'pending',
				customAttributes: '{"order_id":"A-1","seats":3}',
				additionalAttributes: '{"mail_subject":"Your order"}',
				message: 'Hello Alice',
			}),
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].contentType).toBe('application/json');
		expect(requests.sent[0].body).toEqual({
			inbox_id: 3,
			contact_id: 42,
			source_id: 'alice@acme.inc',
			assignee_id: 5,
			team_id: 2,
			status: 'pending',
			custom_attributes: { order_id: 'A-1', seats: 3 },
			additional_attributes: { mail_subject: 'Your order' },
			message: { content: 'Hello Alice' },
		});
		expect(run.items.map((item) => item.json)).toEqual([conversation()]);
	});

	test('with attachments: multipart, message[content] and one message[attachments][] part per file with its name, type and bytes', async () => {
		const scope = expectRequest('POST', LIST, { status: 200, body: conversation() }, requests.sent);
		const item = binaryItem(PNG_BYTES, { property: 'data', fileName: 'receipt.png', mimeType: 'image/png' });
		item.binary!.invoice = binaryItem(JPEG_BYTES, { fileName: 'scan.jpg', mimeType: 'image/jpeg' }).binary!.data;
		const run = await executeNode({
			parameters: create({ message: 'Your files', attachments: 'data, invoice', customAttributes: '{"order_id":"A-1"}' }),
			items: [item],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		const [request] = requests.sent;
		expect(request.contentType).toBe('multipart/form-data');
		expect(request.fields).toEqual([
			['inbox_id', '3'],
			['contact_id', '42'],
			['custom_attributes[order_id]', 'A-1'],
			['message[content]', 'Your files'],
		]);
		const files = request.files['message[attachments][]'];
		expect(files.map((file) => [file.fileName, file.contentType])).toEqual([
			['receipt.png', 'image/png'],
			['scan.jpg', 'image/jpeg'],
		]);
		expect(files[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(files[1].bytes.equals(JPEG_BYTES)).toBe(true);
	});

	test.each([
		['an attachment property the item lacks', create({ attachments: 'data, scan' }), /^Attachments: the input item has no binary property "scan"$/],
		['an inbox that is no number', { ...create(), inboxId: 'support' }, /^Inbox ID must be a positive whole number, not "support"$/],
		['additional attributes that are not JSON', create({ additionalAttributes: 'subject' }), /^Additional Attributes is not valid JSON$/],
	])('%s is refused before sending', async (_label, parameters, message) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters, items: [binaryItem(PNG_BYTES)] });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toMatch(message);
	});
});
