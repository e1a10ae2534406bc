import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { binaryItem, contact, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';

const run = (operation: string, parameters: INodeParameters = {}, items = [{ json: {} }]) =>
	executeNode({ parameters: { resource: 'contact', operation, accountId: '1', ...parameters }, items });

describe('Contact: one request each, the exact request and the records as output', () => {
	const cases: Array<[string, INodeParameters, string, string, Record<string, string>, unknown, unknown, unknown[]]> = [
		['get', { contactId: '42' }, 'GET', `${A}/contacts/42`, {}, undefined, { payload: contact() }, [contact()]],
		['delete', { contactId: '42' }, 'DELETE', `${A}/contacts/42`, {}, undefined, '', [{ success: true }]],
		['deleteAvatar', { contactId: '42' }, 'DELETE', `${A}/contacts/42/avatar`, {}, undefined, { payload: contact() }, [contact()]],
		[
			'getConversations',
			{ contactId: '42', returnAll: true },
			'GET',
			`${A}/contacts/42/conversations`,
			{},
			undefined,
			{ payload: [{ id: 7 }, { id: 5 }] },
			[{ id: 7 }, { id: 5 }],
		],
		[
			'getContactableInboxes',
			{ contactId: '42', returnAll: true },
			'GET',
			`${A}/contacts/42/contactable_inboxes`,
			{},
			undefined,
			{ payload: [{ source_id: 's1', inbox: { id: 3 } }] },
			[{ source_id: 's1', inbox: { id: 3 } }],
		],
		[
			'createContactInbox',
			{ contactId: '42', inboxId: '3', sourceId: 'visitor-9' },
			'POST',
			`${A}/contacts/42/contact_inboxes`,
			{},
			{ inbox_id: 3, source_id: 'visitor-9' },
			{ source_id: 'visitor-9', inbox: { id: 3 } },
			[{ contact_id: 42, source_id: 'visitor-9', inbox: { id: 3 } }],
		],
		[
			'createContactInbox',
			{ contactId: '42', inboxId: { __rl: true, mode: 'url', value: 'https://x/app/accounts/1/settings/inboxes/3' } },
			'POST',
			`${A}/contacts/42/contact_inboxes`,
			{},
			{ inbox_id: 3 },
			{ source_id: 'generated', inbox: { id: 3 } },
			[{ contact_id: 42, source_id: 'generated', inbox: { id: 3 } }],
		],
		[
			'getBySourceId',
			{ inboxId: '3', sourceId: 'visitor-9' },
			'POST',
			`${A}/contact_inboxes/filter`,
			{},
			{ inbox_id: 3, source_id: 'visitor-9' },
			contact(),
			[contact()],
		],
		['getLabels', { contactId: '42' }, 'GET', `${A}/contacts/42/labels`, {}, undefined, { payload: ['vip', 'lead'] }, [{ contact_id: 42, labels: ['vip', 'lead'] }]],
		[
			'setLabels',
			{ contactId: '42', labels: ['vip', 'lead'] },
			'POST',
			`${A}/contacts/42/labels`,
			{},
			{ labels: ['vip', 'lead'] },
			{ payload: ['lead', 'vip'] },
			[{ contact_id: 42, labels: ['lead', 'vip'] }],
		],
		['setLabels', { contactId: '42', labels: [] }, 'POST', `${A}/contacts/42/labels`, {}, { labels: [] }, { payload: [] }, [{ contact_id: 42, labels: [] }]],
		[
			'removeCustomAttributes',
			{ contactId: '42', attributeKeys: 'plan, signup_source' },
			'POST',
			`${A}/contacts/42/destroy_custom_attributes`,
			{},
			{ custom_attributes: ['plan', 'signup_source'] },
			{ payload: contact() },
			[contact()],
		],
		[
			'merge',
			{ baseContactId: '42', mergeeContactId: { __rl: true, mode: 'url', value: 'https://x/app/accounts/1/contacts/43' } },
			'POST',
			`${A}/actions/contact_merge`,
			{},
			{ base_contact_id: 42, mergee_contact_id: 43 },
			contact(),
			[contact()],
		],
		[
			'export',
			{ options: { columns: ['id', 'email'], label: 'vip' } },
			'POST',
			`${A}/contacts/export`,
			{},
			{ column_names: ['id', 'email'], label: 'vip' },
			'',
			[{ success: true }],
		],
		[
			'call',
			{ contactId: '42', inboxId: '9' },
			'POST',
			`${A}/contacts/42/call`,
			{},
			{ inbox_id: 9 },
			{ status: 'success', conversation_id: 12, inbox_id: 9, conference_sid: 'CF1', call_sid: 'CA1' },
			[{ status: 'success', conversation_id: 12, inbox_id: 9, conference_sid: 'CF1', call_sid: 'CA1' }],
		],
	];

	test.each(cases)('%s %j', async (operation, parameters, method, path, query, body, reply, output) =>
		await expectOperation(requests, { parameters: { resource: 'contact', operation, accountId: '1', ...parameters }, method, path, query, body, reply, output }),
	);
});

describe('Contact → Create', () => {
	test('sends only the fields added, top-level, and outputs the contact itself', async () => {
		const created = contact({ id: 50, identifier: 'crm-1' });
		const scope = expectRequest(
			'POST',
			`${A}/contacts`,
			{ status: 200, body: { payload: { contact: created, contact_inbox: { inbox: null, source_id: null } } } },
			requests.sent,
		);
		const result = await run('create', {
			additionalFields: { name: 'Alice', identifier: 'crm-1', inboxId: 3, sourceId: 'v-1', blocked: false, customAttributes: '{"plan":"gold"}' },
		});
		scope.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0]).toMatchObject({ method: 'POST', path: `${A}/contacts`, contentType: 'application/json' });
		expect(requests.sent[0].body).toEqual({
			name: 'Alice',
			identifier: 'crm-1',
			inbox_id: 3,
			source_id: 'v-1',
			blocked: false,
			custom_attributes: { plan: 'gold' },
		});
		expect(result.items.map((item) => item.json)).toEqual([created]);
	});

	test('an avatar with custom attributes: JSON create, then a PATCH of the new contact with the file; output is the contact', async () => {
		const created = contact({ id: 50, custom_attributes: { vip: true } });
		const withAvatar = { ...created, thumbnail: 'https://x/alice.png' };
		const first = expectRequest('POST', `${A}/contacts`, { status: 200, body: { payload: { contact: created, contact_inbox: {} } } }, requests.sent);
		const second = expectRequest('PATCH', `${A}/contacts/50`, { status: 200, body: { payload: withAvatar } }, requests.sent);
		const result = await run('create', { additionalFields: { name: 'Alice', avatar: 'data', customAttributes: '{"vip":true}' } }, [
			binaryItem(PNG_BYTES),
		]);
		first.done();
		second.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ name: 'Alice', custom_attributes: { vip: true } });
		expect(requests.sent[1].contentType).toBe('multipart/form-data');
		expect(requests.sent[1].files.avatar[0]).toMatchObject({ fileName: 'alice.png', contentType: 'image/png' });
		expect(requests.sent[1].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([withAvatar]);
	});

	test('an avatar with scalar fields goes in one multipart create', async () => {
		const created = contact({ id: 51 });
		const scope = expectRequest('POST', `${A}/contacts`, { status: 200, body: { payload: { contact: created, contact_inbox: {} } } }, requests.sent);
		const result = await run('create', { additionalFields: { name: 'Alice', avatar: 'data' } }, [binaryItem(PNG_BYTES)]);
		scope.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0].fields).toEqual([['name', 'Alice']]);
		expect(requests.sent[0].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(result.items[0].json).toEqual(created);
	});
});

describe('Contact → Import', () => {
	test('the CSV goes as the import_file part, bytes intact', async () => {
		const csv = Buffer.from('name,email\nAnn,ann@x.io\n');
		const scope = expectRequest('POST', `${A}/contacts/import`, { status: 200, body: '' }, requests.sent);
		const result = await run('import', { binaryPropertyName: 'file' }, [
			binaryItem(csv, { property: 'file', fileName: 'people.csv', mimeType: 'text/csv' }),
		]);
		scope.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0].contentType).toBe('multipart/form-data');
		expect(requests.sent[0].fields).toEqual([]);
		expect(requests.sent[0].files.import_file[0]).toMatchObject({ fileName: 'people.csv', contentType: 'text/csv' });
		expect(requests.sent[0].files.import_file[0].bytes.equals(csv)).toBe(true);
		expect(result.items[0].json).toEqual({ success: true });
	});
});

describe('Contact → Filter', () => {
	test('conditions become ChatWoot payload: joined by each one\'s operator, the last by none', async () => {
		const scope = expectRequest('POST', `${A}/contacts/filter`, { status: 200, body: { meta: { count: 1, current_page: 1 }, payload: [contact()] } }, requests.sent);
		const result = await run('filter', {
			returnAll: true,
			conditions: {
				condition: [
					{ attribute: 'email', operator: 'contains', value: '@acme.inc', joinWithNext: 'OR' },
					{ attribute: 'phone_number', operator: 'equal_to', value: '+14155552671', joinWithNext: 'AND' },
					{ attribute: 'labels', operator: 'equal_to', value: 'vip, lead', joinWithNext: 'AND' },
					{ attribute: 'custom', customAttributeKey: 'plan', operator: 'is_present', value: '', joinWithNext: 'AND' },
					{ attribute: 'created_at', operator: 'days_before', value: '30', joinWithNext: 'OR' },
				],
			},
		});
		scope.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0]).toMatchObject({ method: 'POST', query: { page: '1' } });
		expect(requests.sent[0].body).toEqual({
			payload: [
				{ attribute_key: 'email', filter_operator: 'contains', values: ['@acme.inc'], query_operator: 'OR' },
				{ attribute_key: 'phone_number', filter_operator: 'equal_to', values: ['14155552671'], query_operator: 'AND' },
				{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip', 'lead'], query_operator: 'AND' },
				{ attribute_key: 'plan', filter_operator: 'is_present', values: [], query_operator: 'AND' },
				{ attribute_key: 'created_at', filter_operator: 'days_before', values: ['30'] },
			],
		});
		expect(result.items.map((item) => item.json)).toEqual([contact()]);
	});
});

describe('Contact: bad input is refused before anything is sent', () => {
	beforeEach(() => tripwire(requests.sent));

	test.each([
		['get', { contactId: 'abc' }, [{ json: {} }], /^Contact ID must be a positive whole number, not "abc"$/],
		['createContactInbox', { contactId: '42', inboxId: 'x' }, [{ json: {} }], /^Inbox ID must be a positive whole number, not "x"$/],
		['getBySourceId', { inboxId: '3', sourceId: ' ' }, [{ json: {} }], /^Source ID is required$/],
		['merge', { baseContactId: '42', mergeeContactId: '42' }, [{ json: {} }], /^Base Contact and Mergee Contact are the same contact \(42\)$/],
		['merge', { baseContactId: '42', mergeeContactId: '-1' }, [{ json: {} }], /^Mergee Contact ID must be a positive whole number, not "-1"$/],
		['removeCustomAttributes', { contactId: '42', attributeKeys: ' , ' }, [{ json: {} }], /^Attribute Keys is empty$/],
		['addLabels', { contactId: '42', labels: '={{ [] }}' }, [{ json: {} }], /^Labels: choose at least one label$/],
		['removeLabels', { contactId: '42', labels: '' }, [{ json: {} }], /^Labels: choose at least one label$/],
		['search', { query: '  ' }, [{ json: {} }], /^Search Text is required$/],
		['filter', { conditions: {} }, [{ json: {} }], /^Conditions is empty$/],
		['filter', { conditions: { condition: [{ attribute: 'email', operator: 'equal_to', value: '' }] } }, [{ json: {} }], /^Condition 1: Value is empty$/],
		[
			'filter',
			{ conditions: { condition: [{ attribute: 'custom', customAttributeKey: '', operator: 'is_present' }] } },
			[{ json: {} }],
			/^Condition 1: Custom Attribute Key is empty$/,
		],
		['import', { binaryPropertyName: 'file' }, [{ json: {} }], /^Input Binary Field: the input item has no binary property "file"$/],
		['create', { additionalFields: { customAttributes: '{bad' } }, [{ json: {} }], /^Custom Attributes is not valid JSON$/],
		['create', { additionalFields: { avatar: 'data' } }, [{ json: {} }], /^Avatar: the input item has no binary property "data"$/],
	] as Array<[string, INodeParameters, Array<{ json: object }>, RegExp]>)('%s %j', async (operation, parameters, items, message) => {
		const result = await run(operation, parameters, items as never);
		expect(requests.sent).toEqual([]);
		expect(result.error?.message).toMatch(message);
	});
});
