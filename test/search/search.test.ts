import { expectOperation, expectRefusal } from '../support/operationCases';
import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const base = { resource: 'search', accountId: '1', q: 'alice' };
const page = (count: number, from = 1) => Array.from({ length: count }, (_, index) => ({ id: from + index }));

test.each(['articles', 'contacts', 'conversations', 'messages'])('%s pages by 15 until a short page', async (type) => {
	const path = `/api/v1/accounts/1/search/${type}`;
	const scopes = [
		expectRequest('GET', path, { status: 200, body: { payload: { [type]: page(15) } } }, requests.sent),
		expectRequest('GET', path, { status: 200, body: { payload: { [type]: page(3, 16) } } }, requests.sent),
	];
	const run = await executeNode({ parameters: { ...base, operation: type, returnAll: true } });
	scopes.forEach((scope) => scope.done());
	expect(run.error).toBeUndefined();
	expect(requests.sent.map((request) => request.query)).toEqual([
		{ q: 'alice', page: '1' },
		{ q: 'alice', page: '2' },
	]);
	expect(run.items.map((item) => item.json.id)).toEqual(page(18).map((record) => record.id));
});

test('Limit stops without asking for another page', async () =>
	expectOperation(requests, {
		parameters: { ...base, operation: 'contacts', returnAll: false, limit: 2 },
		method: 'GET',
		path: '/api/v1/accounts/1/search/contacts',
		query: { q: 'alice', page: '1' },
		reply: { payload: { contacts: page(15) } },
		output: page(2),
	}));

test('Search All returns the grouped results as one item', async () => {
	const payload = { contacts: page(1), conversations: [], messages: [], articles: [] };
	await expectOperation(requests, {
		parameters: { ...base, operation: 'all' },
		method: 'GET',
		path: '/api/v1/accounts/1/search',
		query: { q: 'alice' },
		reply: { payload },
		output: [payload],
	});
});

test('a bad account is refused before sending', async () =>
	expectRefusal(requests, { ...base, operation: 'all', accountId: 'x' }, /Account ID must be a positive whole number/));
