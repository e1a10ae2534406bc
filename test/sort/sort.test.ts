import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { contact } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';
import type { OperationCase, RefusalCase } from '../support/operationCases';

/**
 * The Sort collections of Get Many (node version 1.1, shared/sort.ts), run through n8n-core with
 * nock: exactly the query ChatWoot takes, only when something was added, checked before sending.
 */
const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';
const SORTED = 1.1;

const run = (resource: string, operation: string, parameters: INodeParameters): INodeParameters => ({
	resource,
	operation,
	accountId: '1',
	returnAll: false,
	limit: 1,
	...parameters,
});
const ann = contact({ id: 1 });
const contactPage = { meta: { count: 1, current_page: 1 }, payload: [ann] };
const conversationPage = { data: { meta: { all_count: 1 }, payload: [{ id: 7 }] } };
const apiAnswer = (version: string) => ({ status: 200, body: { version, timestamp: '2026-08-20 12:00:00', queue_services: 'ok', data_services: 'ok' } });
const sent = () => requests.sent.map((request) => `${request.method} ${request.path}`);

describe('Sort on Get Many sends exactly what ChatWoot takes', () => {
	const cases: Array<OperationCase & { label: string }> = [
		{
			label: 'Contact Get Many: Name, Descending → sort=-name',
			parameters: run('contact', 'getMany', { contactSort: { sortBy: 'name', direction: 'desc' } }),
			method: 'GET',
			path: `${A}/contacts`,
			query: { page: '1', sort: '-name' },
			reply: contactPage,
			output: [ann],
		},
		{
			label: 'Contact Get Many: labels stay in Options, sort in Sort',
			parameters: run('contact', 'getMany', { options: { labels: ['vip'] }, contactSort: { sortBy: 'last_activity_at', direction: 'desc' } }),
			method: 'GET',
			path: `${A}/contacts`,
			query: { page: '1', sort: '-last_activity_at', 'labels[]': 'vip' },
			reply: contactPage,
			output: [ann],
		},
		{
			label: 'Contact Search: Sort By alone is ascending → sort=email',
			parameters: run('contact', 'search', { query: 'ann', contactSort: { sortBy: 'email' } }),
			method: 'GET',
			path: `${A}/contacts/search`,
			query: { q: 'ann', page: '1', sort: 'email' },
			reply: { meta: { count: 1, current_page: 1, has_more: false }, payload: [ann] },
			output: [ann],
		},
		{
			label: 'Contact Get Online: Direction alone sorts by name → sort=-name',
			parameters: run('contact', 'getActive', { contactSort: { direction: 'desc' } }),
			method: 'GET',
			path: `${A}/contacts/active`,
			query: { page: '1', sort: '-name' },
			reply: contactPage,
			output: [ann],
		},
		{
			label: 'Contact Filter: the sort goes in the query beside the conditions',
			parameters: run('contact', 'filter', {
				conditions: { condition: [{ attribute: 'email', operator: 'contains', value: 'acme' }] },
				contactSort: { sortBy: 'created_at', direction: 'desc' },
			}),
			method: 'POST',
			path: `${A}/contacts/filter`,
			query: { page: '1', sort: '-created_at' },
			body: { payload: [{ attribute_key: 'email', filter_operator: 'contains', values: ['acme'] }] },
			reply: contactPage,
			output: [ann],
		},
		{
			label: 'Contact Get Many: an empty Sort sends no sort',
			parameters: run('contact', 'getMany', { contactSort: {} }),
			method: 'GET',
			path: `${A}/contacts`,
			query: { page: '1' },
			reply: contactPage,
			output: [ann],
		},
		{
			label: 'Conversation Get Many: Created At, Ascending → sort_by=created_at_asc',
			parameters: run('conversation', 'getMany', { conversationSort: { sortBy: 'created_at', direction: 'asc' } }),
			method: 'GET',
			path: `${A}/conversations`,
			query: { page: '1', sort_by: 'created_at_asc' },
			reply: conversationPage,
			output: [{ id: 7 }],
		},
		{
			label: 'Conversation Get Many: Waiting Since alone is newest first → sort_by=waiting_since_desc',
			parameters: run('conversation', 'getMany', { conversationSort: { sortBy: 'waiting_since' } }),
			method: 'GET',
			path: `${A}/conversations`,
			query: { page: '1', sort_by: 'waiting_since_desc' },
			reply: conversationPage,
			output: [{ id: 7 }],
		},
		{
			label: 'Company Get Many: Contacts Count, Descending → sort=-contacts_count',
			parameters: run('company', 'getMany', { companySort: { sortBy: 'contacts_count', direction: 'desc' } }),
			method: 'GET',
			path: `${A}/companies`,
			query: { page: '1', sort: '-contacts_count' },
			reply: { payload: [{ id: 9 }] },
			output: [{ id: 9 }],
		},
		{
			label: 'Company Search: Domain → sort=domain',
			parameters: run('company', 'search', { query: 'acm', companySort: { sortBy: 'domain' } }),
			method: 'GET',
			path: `${A}/companies/search`,
			query: { q: 'acm', page: '1', sort: 'domain' },
			reply: { payload: [{ id: 9 }] },
			output: [{ id: 9 }],
		},
		{
			label: 'Notification Get Many: Ascending → sort_order=asc',
			parameters: run('notification', 'getMany', { notificationSort: { direction: 'asc' } }),
			method: 'GET',
			path: `${A}/notifications`,
			query: { page: '1', sort_order: 'asc' },
			reply: { data: { meta: {}, payload: [{ id: 3 }] } },
			output: [{ id: 3 }],
		},
		{
			label: 'CSAT Survey Response Get Many: Descending → sort=-created_at',
			parameters: run('csatSurveyResponse', 'getMany', { csatSurveyResponseSort: { direction: 'desc' } }),
			method: 'GET',
			path: `${A}/csat_survey_responses`,
			query: { page: '1', sort: '-created_at' },
			reply: [{ id: 4 }],
			output: [{ id: 4 }],
		},
		{
			label: 'Applied SLA Get Many Missed: Ascending → sort=created_at',
			parameters: run('appliedSla', 'getMany', { appliedSlaSort: { direction: 'asc' } }),
			method: 'GET',
			path: `${A}/applied_slas`,
			query: { page: '1', sort: 'created_at' },
			reply: { payload: [{ id: 5 }] },
			output: [{ id: 5 }],
		},
	];
	expectOperationCases(requests, cases.map((testCase) => ({ ...testCase, typeVersion: SORTED })));
});

describe('Sort values are checked before anything is sent', () => {
	const refusals: RefusalCase[] = [
		{
			label: 'a Sort By ChatWoot does not offer (from an expression)',
			parameters: run('contact', 'getMany', { contactSort: { sortBy: 'identifier' } }),
			message: /^Sort By "identifier" is not an order ChatWoot offers here$/,
		},
		{
			label: 'a Direction that is neither asc nor desc',
			parameters: run('company', 'getMany', { companySort: { direction: 'down' } }),
			message: /^Direction must be "asc" or "desc", not "down"$/,
		},
		{
			label: 'a Direction on an order of its own',
			parameters: run('conversation', 'getMany', { conversationSort: { sortBy: 'priority_desc_created_at_asc', direction: 'asc' } }),
			message: /^Direction does not apply to Sort By "Priority, Then Oldest"$/,
		},
	];
	expectRefusals(requests, refusals.map((refusal) => ({ ...refusal, typeVersion: SORTED })));
});

describe('Sort By values that depend on the ChatWoot release', () => {
	const sortedRun = (parameters: INodeParameters) => executeNode({ parameters, typeVersion: SORTED });

	test('Unread First on 4.14.2 is refused naming both versions; only GET /api is sent', async () => {
		expectRequest('GET', '/api', apiAnswer('4.14.2'), requests.sent);
		tripwire(requests.sent);
		const result = await sortedRun(run('conversation', 'getMany', { conversationSort: { sortBy: 'unread' } }));
		expect(sent()).toEqual(['GET /api']);
		expect(result.error?.message).toBe('Sort By "Unread First" needs ChatWoot 4.15+, but the server runs ChatWoot 4.14.2');
		expect(result.error?.description).toBe('ChatWoot 4.14.2 would ignore it and use its default order. Nothing was sent. Upgrade ChatWoot, or pick another Sort By.');
		expect(requests.sent[0].headers['api-access-token']).toBeUndefined();
	});

	test('Unread First on 4.15.0 → sort_by=unread, without a direction', async () => {
		expectRequest('GET', '/api', apiAnswer('4.15.0'), requests.sent);
		expectRequest('GET', `${A}/conversations`, { status: 200, body: conversationPage }, requests.sent);
		const result = await sortedRun(run('conversation', 'getMany', { conversationSort: { sortBy: 'unread' } }));
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual(['GET /api', `GET ${A}/conversations`]);
		expect(requests.sent[1].query).toEqual({ page: '1', sort_by: 'unread' });
		expect(result.items.map((item) => item.json)).toEqual([{ id: 7 }]);
	});

	test.each([
		['4.13.0', 'company'],
		['4.14.0', 'company_name'],
	])('Contact Company Name on %s → sort=-%s', async (version, sort) => {
		expectRequest('GET', '/api', apiAnswer(version), requests.sent);
		expectRequest('GET', `${A}/contacts`, { status: 200, body: contactPage }, requests.sent);
		const result = await sortedRun(run('contact', 'getMany', { contactSort: { sortBy: 'company_name', direction: 'desc' } }));
		expect(result.error).toBeUndefined();
		expect(requests.sent[1].query).toEqual({ page: '1', sort: `-${sort}` });
	});

	test('Contact Company Name on a server that does not say its version → the current name, company_name', async () => {
		expectRequest('GET', '/api', { status: 404, body: 'Not Found' }, requests.sent);
		expectRequest('GET', `${A}/contacts`, { status: 200, body: contactPage }, requests.sent);
		const result = await sortedRun(run('contact', 'getMany', { contactSort: { sortBy: 'company_name' } }));
		expect(result.error).toBeUndefined();
		expect(requests.sent[1].query).toEqual({ page: '1', sort: 'company_name' });
	});

	test('Company Last Activity At on 4.13.0 is refused', async () => {
		expectRequest('GET', '/api', apiAnswer('4.13.0'), requests.sent);
		tripwire(requests.sent);
		const result = await sortedRun(run('company', 'search', { query: 'acm', companySort: { sortBy: 'last_activity_at' } }));
		expect(sent()).toEqual(['GET /api']);
		expect(result.error?.message).toBe('Sort By "Last Activity At" needs ChatWoot 4.14+, but the server runs ChatWoot 4.13.0');
	});

	test('Captain Document Recently Created on 4.16.2 → sort=recently_created', async () => {
		expectRequest('GET', '/api', apiAnswer('4.16.2'), requests.sent);
		expectRequest('GET', `${A}/captain/documents`, { status: 200, body: { payload: [{ id: 2 }] } }, requests.sent);
		const result = await sortedRun(run('captainDocument', 'getMany', { captainDocumentSort: { sortBy: 'recently_created' } }));
		expect(result.error).toBeUndefined();
		expect(requests.sent[1].query).toEqual({ page: '1', sort: 'recently_created' });
		expect(result.items.map((item) => item.json)).toEqual([{ id: 2 }]);
	});

	test('a Sort By without a version need never asks for the version', async () => {
		expectRequest('GET', `${A}/contacts`, { status: 200, body: contactPage }, requests.sent);
		const result = await sortedRun(run('contact', 'getMany', { contactSort: { sortBy: 'city' } }));
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([`GET ${A}/contacts`]);
	});
});

describe('Workflows saved with node version 1 keep their sort where they saved it', () => {
	test.each<[string, INodeParameters, string, Record<string, string>]>([
		['Contact Get Many: Options → Sort By, Order', run('contact', 'getMany', { options: { sortBy: 'city', order: 'desc' } }), `${A}/contacts`, { page: '1', sort: '-city' }],
		['Contact Search: Options → Sort By', run('contact', 'search', { query: 'ann', options: { sortBy: 'email' } }), `${A}/contacts/search`, { q: 'ann', page: '1', sort: 'email' }],
		['Conversation Get Many: Options → Sort By', run('conversation', 'getMany', { conversationOptions: { sortBy: 'priority_desc' } }), `${A}/conversations`, { page: '1', sort_by: 'priority_desc' }],
		['Company Get Many: Options → Sort By', run('company', 'getMany', { companyOptions: { sort: '-name' } }), `${A}/companies`, { page: '1', sort: '-name' }],
		['Notification Get Many: Filters → Sort Order', run('notification', 'getMany', { notificationFilters: { sortOrder: 'asc' } }), `${A}/notifications`, { page: '1', sort_order: 'asc' }],
	])('%s', async (_label, parameters, path, query) => {
		const reply = path.endsWith('conversations') ? conversationPage : path.endsWith('notifications') ? { data: { payload: [] } } : { meta: {}, payload: [] };
		expectRequest('GET', path, { status: 200, body: reply }, requests.sent);
		const result = await executeNode({ parameters, typeVersion: 1 });
		expect(result.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([query]);
	});

	test('each version reads only its own place: n8n drops the other, so nothing is sent twice', async () => {
		const both = run('contact', 'getMany', { options: { sortBy: 'city' }, contactSort: { sortBy: 'email', direction: 'desc' } });
		for (const typeVersion of [1, SORTED]) {
			expectRequest('GET', `${A}/contacts`, { status: 200, body: contactPage }, requests.sent);
			const result = await executeNode({ parameters: both, typeVersion });
			expect(result.error).toBeUndefined();
		}
		expect(requests.sent.map((request) => request.query)).toEqual([
			{ page: '1', sort: 'city' },
			{ page: '1', sort: '-email' },
		]);
	});
});
