import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/companies';
const acme = { id: 9, name: 'Acme', domain: 'acme.com', contacts_count: 2 };
const person = { id: 42, name: 'Ann' };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'company', operation, accountId: '1', ...extra });
const page = (from: number, count: number) => ({ meta: { total_count: 40, page: 1 }, payload: Array.from({ length: count }, (_, i) => ({ id: from + i })) });

const cases: Array<[string, OperationCase]> = [
	['getMany sorted', { parameters: params('getMany', { limit: 1, companyOptions: { sort: '-created_at' } }), method: 'GET', path: BASE, query: { sort: '-created_at', page: '1' }, reply: { payload: [acme, { id: 10 }] }, output: [acme] }],
	['search', { parameters: params('search', { query: 'acm', returnAll: true }), method: 'GET', path: `${BASE}/search`, query: { q: 'acm', page: '1' }, reply: { payload: [acme], meta: { count: 1 } }, output: [acme] }],
	['get', { parameters: params('get', { companyId: '9' }), method: 'GET', path: `${BASE}/9`, reply: { payload: acme }, output: [acme] }],
	[
		'create as JSON',
		{
			parameters: params('create', { name: 'Acme', companyAdditionalFields: { domain: 'acme.com', description: 'd', customAttributes: '{"seats":3}', additionalAttributes: '{"industry":"Retail"}' } }),
			method: 'POST',
			path: BASE,
			body: { company: { name: 'Acme', domain: 'acme.com', description: 'd', custom_attributes: { seats: 3 }, additional_attributes: { industry: 'Retail' } } },
			reply: { payload: acme },
			output: [acme],
		},
	],
	['update', { parameters: params('update', { companyId: '9', companyUpdateFields: { name: 'Acme Inc' } }), method: 'PATCH', path: `${BASE}/9`, body: { company: { name: 'Acme Inc' } }, reply: { payload: acme }, output: [acme] }],
	['delete', { parameters: params('delete', { companyId: '9' }), method: 'DELETE', path: `${BASE}/9`, output: [{ success: true }] }],
	['deleteAvatar', { parameters: params('deleteAvatar', { companyId: '9' }), method: 'DELETE', path: `${BASE}/9/avatar`, reply: { payload: acme }, output: [acme] }],
	['deleteCustomAttributes', { parameters: params('deleteCustomAttributes', { companyId: '9', keys: ['plan', 'seats'] }), method: 'POST', path: `${BASE}/9/destroy_custom_attributes`, body: { custom_attributes: ['plan', 'seats'] }, reply: { payload: acme }, output: [acme] }],
	['getContacts', { parameters: params('getContacts', { companyId: '9', returnAll: true }), method: 'GET', path: `${BASE}/9/contacts`, query: { page: '1' }, reply: { payload: [person], meta: {} }, output: [person] }],
	['searchContacts', { parameters: params('searchContacts', { companyId: '9', query: 'ann', returnAll: true }), method: 'GET', path: `${BASE}/9/contacts/search`, query: { q: 'ann', page: '1' }, reply: { payload: [person], meta: {} }, output: [person] }],
	['addContact', { parameters: params('addContact', { companyId: '9', companyContactId: '42' }), method: 'POST', path: `${BASE}/9/contacts`, body: { contact_id: 42 }, reply: { payload: person }, output: [{ company_id: 9, ...person }] }],
	['removeContact', { parameters: params('removeContact', { companyId: '9', companyContactId: '42' }), method: 'DELETE', path: `${BASE}/9/contacts/42`, output: [{ company_id: 9, contact_id: 42, success: true }] }],
	['getConversations', { parameters: params('getConversations', { companyId: '9', returnAll: true }), method: 'GET', path: `${BASE}/9/conversations`, reply: { payload: [{ id: 1 }, { id: 2 }] }, output: [{ id: 1 }, { id: 2 }] }],
	['getNotes', { parameters: params('getNotes', { companyId: '9', limit: 1 }), method: 'GET', path: `${BASE}/9/notes`, reply: { payload: [{ id: 5 }, { id: 6 }] }, output: [{ id: 5 }] }],
];

test.each(cases)('Company → %s', async (_label, expected) => expectOperation(requests, expected));

test('Company → Get Many reads pages of 25 until a short one, and an empty account gives nothing', async () => {
	const scopes = [page(1, 25), page(26, 15)].map((body) => expectRequest('GET', BASE, { status: 200, body }, requests.sent));
	const run = await executeNode({ parameters: params('getMany', { returnAll: true }) });
	scopes.forEach((scope) => scope.done());
	expect(requests.sent.map((request) => request.query.page)).toEqual(['1', '2']);
	expect(run.items).toHaveLength(40);
	requests.sent.length = 0;
	const empty = expectRequest('GET', BASE, { status: 200, body: { payload: [] } }, requests.sent);
	expect((await executeNode({ parameters: params('getMany', { returnAll: true }) })).items).toEqual([]);
	empty.done();
});

test('Company → create with a logo and plain fields is one multipart request with company[…] parts', async () => {
	const scope = expectRequest('POST', BASE, { status: 200, body: { payload: acme } }, requests.sent);
	const run = await executeNode({ parameters: params('create', { name: 'Acme', companyAdditionalFields: { avatar: 'data', domain: 'acme.com' } }), items: [binaryItem(PNG_BYTES)] });
	scope.done();
	expect(run.error).toBeUndefined();
	const [request] = requests.sent;
	expect(request.contentType).toBe('multipart/form-data');
	expect(request.fields).toEqual([
		['company[name]', 'Acme'],
		['company[domain]', 'acme.com'],
	]);
	expect(request.files['company[avatar]'][0]).toMatchObject({ fileName: 'alice.png', contentType: 'image/png' });
	expect(run.items.map((item) => item.json)).toEqual([acme]);
});

test('Company → create with a logo and JSON attributes saves the fields as JSON, then PATCHes the logo alone', async () => {
	const first = expectRequest('POST', BASE, { status: 200, body: { payload: acme } }, requests.sent);
	const second = expectRequest('PATCH', `${BASE}/9`, { status: 200, body: { payload: { ...acme, avatar_url: 'https://x/a.png' } } }, requests.sent);
	const run = await executeNode({ parameters: params('create', { name: 'Acme', companyAdditionalFields: { avatar: 'data', customAttributes: '{"seats":3}' } }), items: [binaryItem(PNG_BYTES)] });
	first.done();
	second.done();
	expect(run.error).toBeUndefined();
	expect(requests.sent[0].body).toEqual({ company: { name: 'Acme', custom_attributes: { seats: 3 } } });
	expect(requests.sent[1].contentType).toBe('multipart/form-data');
	expect(requests.sent[1].fields).toEqual([]);
	expect(requests.sent[1].files['company[avatar]'][0].bytes.equals(PNG_BYTES)).toBe(true);
	expect(run.items.map((item) => item.json)).toEqual([{ ...acme, avatar_url: 'https://x/a.png' }]);
});

test.each([
	['get', { companyId: 'acme' }, /^Company ID must be a positive whole number, not "acme"$/, undefined],
	['create', { name: 'A', companyAdditionalFields: { customAttributes: '[1]' } }, /^Custom Attributes must be a JSON object, not an array$/, undefined],
	['update', { companyId: '9', companyUpdateFields: { additionalAttributes: '{bad' } }, /^Additional Attributes is not valid JSON$/, undefined],
	['update', { companyId: '9', companyUpdateFields: { avatar: 'data' } }, /^Avatar: the input item has no binary property "data"$/, undefined],
	['addContact', { companyId: '9', companyContactId: 'ann' }, /^Company Contact ID must be a positive whole number, not "ann"$/, undefined],
])('Company → %s refuses %j before sending', async (operation, extra, message, items) => expectRefusal(requests, params(operation, extra), message, { items }));
