import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { BASE_URL, executeNode } from '../harness/executeNode';
import { contact } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';

const upsert = (matchBy: string, matchValue: string, contactFields: INodeParameters = {}) => ({
	resource: 'contact',
	operation: 'upsert',
	accountId: '1',
	matchBy,
	matchValue,
	contactFields,
});
const found = (records: unknown[], hasMore = false) => ({ status: 200, body: { meta: { count: records.length, current_page: 1, has_more: hasMore }, payload: records } });

describe('Contact → Create or Update', () => {
	test('a substring match is not the contact: it creates, and outputs the contact itself', async () => {
		const search = expectRequest('GET', `${A}/contacts/search`, found([contact({ id: 7, identifier: 'crm-10' })]), requests.sent);
		const created = contact({ id: 9, identifier: 'crm-1', name: 'Ann' });
		const create = expectRequest('POST', `${A}/contacts`, { status: 200, body: { payload: { contact: created, contact_inbox: {} } } }, requests.sent);
		const result = await executeNode({ parameters: upsert('identifier', 'crm-1', { name: 'Ann' }) });
		search.done();
		create.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0].query).toEqual({ q: 'crm-1', page: '1' });
		expect(requests.sent[1]).toMatchObject({ method: 'POST', body: { name: 'Ann', identifier: 'crm-1' } });
		expect(result.items.map((item) => item.json)).toEqual([created]);
	});

	test('an exact email match in another case is updated, found on the second search page', async () => {
		const search1 = expectRequest('GET', `${A}/contacts/search`, found([contact({ id: 3, email: 'xann@acme.inc' })], true), requests.sent);
		const search2 = expectRequest('GET', `${A}/contacts/search`, found([contact({ id: 4, email: 'ann@acme.inc' })]), requests.sent);
		const updated = contact({ id: 4, email: 'ann@acme.inc', name: 'Ann' });
		const update = expectRequest('PUT', `${A}/contacts/4`, { status: 200, body: { payload: updated } }, requests.sent);
		const result = await executeNode({ parameters: upsert('email', 'Ann@ACME.inc', { name: 'Ann', customAttributes: '{"plan":"gold"}' }) });
		[search1, search2, update].forEach((scope) => scope.done());
		expect(result.error).toBeUndefined();
		expect(requests.sent[1].query).toEqual({ q: 'Ann@ACME.inc', page: '2' });
		expect(requests.sent[2].body).toEqual({ name: 'Ann', email: 'Ann@ACME.inc', custom_attributes: { plan: 'gold' } });
		expect(result.items.map((item) => item.json)).toEqual([updated]);
	});

	test('two exact matches: an error naming both, nothing changed', async () => {
		const search = expectRequest(
			'GET',
			`${A}/contacts/search`,
			found([contact({ id: 3, name: 'Ann', phone_number: '+4915' }), contact({ id: 5, name: 'Anna', phone_number: '+4915' })]),
			requests.sent,
		);
		tripwire(requests.sent);
		const result = await executeNode({ parameters: upsert('phone_number', '+4915') });
		search.done();
		expect(requests.sent).toHaveLength(1);
		expect(result.error?.message).toBe('2 contacts have the phone number "+4915": 3 (Ann), 5 (Anna)');
	});

	test('two items for the same new contact in one run: created once, then updated; both succeed', async () => {
		const store: Array<Record<string, unknown>> = [];
		nock(BASE_URL)
			.get(`${A}/contacts/search`)
			.query(true)
			.times(2)
			.delay(30)
			.reply(200, () => ({ meta: { has_more: false }, payload: store }));
		nock(BASE_URL)
			.post(`${A}/contacts`)
			.delay(30)
			.reply(200, (_uri, body) => {
				const created = contact({ id: 11, ...(body as object) });
				store.push(created);
				return { payload: { contact: created, contact_inbox: {} } };
			});
		nock(BASE_URL)
			.put(`${A}/contacts/11`)
			.reply(200, (_uri, body) => ({ payload: { ...store[0], ...(body as object) } }));
		const result = await executeNode({
			parameters: upsert('identifier', '={{ $json.visitor }}', { name: '={{ $json.name }}' }),
			items: [{ json: { visitor: 'v-1', name: 'First' } }, { json: { visitor: 'v-1', name: 'Second' } }],
		});
		expect(result.error).toBeUndefined();
		expect(store).toHaveLength(1);
		expect(result.items.map((item) => [item.json.id, item.json.name, item.pairedItem])).toEqual([
			[11, 'First', { item: 0 }],
			[11, 'Second', { item: 1 }],
		]);
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('a 422 "has already been taken" on create (someone else was faster): found again and updated', async () => {
		const empty = expectRequest('GET', `${A}/contacts/search`, found([]), requests.sent);
		const taken = expectRequest('POST', `${A}/contacts`, { status: 422, body: { message: 'Identifier has already been taken', attributes: ['identifier'] } }, requests.sent);
		const again = expectRequest('GET', `${A}/contacts/search`, found([contact({ id: 12, identifier: 'v-2' })]), requests.sent);
		const update = expectRequest('PUT', `${A}/contacts/12`, { status: 200, body: { payload: contact({ id: 12, identifier: 'v-2' }) } }, requests.sent);
		const result = await executeNode({ parameters: upsert('identifier', 'v-2') });
		[empty, taken, again, update].forEach((scope) => scope.done());
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(12);
	});

	describe('bad input', () => {
		beforeEach(() => tripwire(requests.sent));
		test.each([
			[upsert('email', '={{ "" }}'), /^Email to Match is required$/],
			[upsert('email', 'a@x.io', { email: 'b@x.io' }), /^Email is set twice: "a@x.io" to match and "b@x.io" in Contact Fields$/],
			[upsert('identifier', 'x', { customAttributes: '[1]' }), /^Custom Attributes must be a JSON object, not an array$/],
		])('%j', async (parameters, message) => {
			const result = await executeNode({ parameters });
			expect(requests.sent).toEqual([]);
			expect(result.error?.message).toMatch(message);
		});
	});
});
