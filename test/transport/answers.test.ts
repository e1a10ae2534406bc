import { pageRetry } from '../../nodes/ChatWoot/transport/paging';
import { ACCESS_TOKEN, executeNode } from '../harness/executeNode';
import { contact } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

/**
 * Answers that are not ChatWoot's JSON (a body cut off mid-way, a proxy's HTML page, nothing
 * where a record is expected) fail the item naming what came back, on routed requests and on
 * pages; a Retry-After is waited for on pages only, and a create is never sent twice.
 */
const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const HTML_TYPE = { 'Content-Type': 'text/html' };
const CUT_OFF = '{"payload": {"id": 1, "name": ';
const PROXY_PAGE = `<html><head><title>Sign in to Acme SSO</title></head><body>Your request (token ${ACCESS_TOKEN}) needs a sign-in.</body></html>`;
const BAD_GATEWAY = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

const contactGet = (contactId = '1') => ({ resource: 'contact', operation: 'get', accountId: '1', contactId });
const indexPage = (from: number, count: number, total: number) => ({
	meta: { count: total, current_page: 1 },
	payload: Array.from({ length: count }, (_, i) => contact({ id: from + i })),
});

describe('a success answer that is not JSON fails the item, naming what came back', () => {
	test('cut-off JSON on Contact Get: an error with the status, the Content-Type and the first characters', async () => {
		expectRequest('GET', `${A}/contacts/1`, { status: 200, body: CUT_OFF, headers: JSON_TYPE }, requests.sent);
		const run = await executeNode({ parameters: contactGet() });
		expect(run.items).toEqual([]);
		expect(run.error?.message).toBe("ChatWoot's answer is not JSON: JSON that is cut off or malformed (HTTP 200, application/json; charset=utf-8)");
		expect(run.error?.description).toBe(
			`It begins "${CUT_OFF.trim()}". A proxy, firewall or sign-in page in front of ChatWoot may have answered instead of it, or the connection broke off mid-answer: check that the credential's Base URL reaches ChatWoot's API directly. (Request: GET ${A}/contacts/1)`,
		);
	});

	test("a proxy's sign-in page answering 200: an HTML page, quoted without the token it echoes", async () => {
		expectRequest('GET', `${A}/contacts/1`, { status: 200, body: PROXY_PAGE, headers: HTML_TYPE }, requests.sent);
		const run = await executeNode({ parameters: contactGet() });
		expect(run.error?.message).toBe("ChatWoot's answer is not JSON: an HTML page (HTTP 200, text/html)");
		expect(run.error?.description).toContain('It begins "<html><head><title>Sign in to Acme SSO</title></head><body>Your request (token [redacted]) needs a sign-in.');
		expect(JSON.stringify(run.runData)).not.toContain(ACCESS_TOKEN);
		expect(run.logs.join('\n')).not.toContain(ACCESS_TOKEN);
	});

	test('an empty 200 where a record is expected fails; an empty answer to a DELETE is still a success', async () => {
		expectRequest('GET', `${A}/contacts/1`, { status: 200, body: '' }, requests.sent);
		const get = await executeNode({ parameters: contactGet() });
		expect(get.error?.message).toMatch(/^ChatWoot's answer is not JSON: an empty body where ChatWoot sends records \(HTTP 200, /);
		expect(get.error?.description).toMatch(/^It was empty\. /);
		expect(get.items).toEqual([]);
		expectRequest('DELETE', `${A}/contacts/1`, { status: 200, body: '' }, requests.sent);
		const deleted = await executeNode({ parameters: { ...contactGet(), operation: 'delete' } });
		expect(deleted.error).toBeUndefined();
		expect(deleted.items.map((item) => item.json)).toEqual([{ success: true }]);
	});

	test('with Continue On Fail the item with the cut-off answer carries the error, the others their records', async () => {
		expectRequest('GET', `${A}/contacts/1`, { status: 200, body: { payload: contact({ id: 1 }) } }, requests.sent);
		expectRequest('GET', `${A}/contacts/2`, { status: 200, body: CUT_OFF, headers: JSON_TYPE }, requests.sent);
		expectRequest('GET', `${A}/contacts/3`, { status: 200, body: { payload: contact({ id: 3 }) } }, requests.sent);
		const run = await executeNode({
			parameters: { ...contactGet('={{ $json.id }}') },
			items: [{ json: { id: 1 } }, { json: { id: 2 } }, { json: { id: 3 } }],
			continueOnFail: true,
		});
		expect(run.items.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			["ChatWoot's answer is not JSON: JSON that is cut off or malformed (HTTP 200, application/json; charset=utf-8)", { item: 1 }],
			[3, { item: 2 }],
		]);
	});

	test('a page cut off in the middle of Return All fails the item instead of ending the list early', async () => {
		expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(1, 15, 30) }, requests.sent);
		expectRequest('GET', `${A}/contacts`, { status: 200, body: '{"meta": {"count": 30}, "payload": [{"id": 16', headers: JSON_TYPE }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'contact', operation: 'getMany', accountId: '1', returnAll: true } });
		expect(run.items).toEqual([]);
		expect(run.error?.message).toBe("ChatWoot's answer is not JSON: JSON that is cut off or malformed (HTTP 200, application/json; charset=utf-8)");
		expect(run.error?.description).toContain(`(Request: GET ${A}/contacts)`);
	});

	test('CSV, the text ChatWoot sends on purpose, is still read', async () => {
		expectRequest('GET', '/api/v2/accounts/1/reports/agents', { status: 200, body: 'Agent,Conversations\nAnn,3\n', headers: { 'Content-Type': 'text/csv' } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'report', operation: 'getAgentTable', accountId: '1', since: '2026-01-01', until: '2026-01-31' } });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json)).toEqual([{ Agent: 'Ann', Conversations: '3' }]);
	});
});

describe("a proxy's HTML error page and the retry policy", () => {
	const delays: number[] = [];
	let delay: jest.SpyInstance;
	beforeEach(() => {
		delays.length = 0;
		const original = pageRetry.delay.bind(pageRetry);
		// Record the wait the node chose, and wait 1 ms instead.
		delay = jest.spyOn(pageRetry, 'delay').mockImplementation((...args: Parameters<typeof pageRetry.delay>) => {
			delays.push(original(...args));
			return 1;
		});
	});
	afterEach(() => delay.mockRestore());

	test('a 429 with Retry-After in the middle of Return All waits that long, then every record is output once', async () => {
		expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(1, 15, 30) }, requests.sent);
		expectRequest('GET', `${A}/contacts`, { status: 429, body: 'Retry later\n', headers: { 'Content-Type': 'text/plain', 'Retry-After': '2' } }, requests.sent);
		expectRequest('GET', `${A}/contacts`, { status: 200, body: { ...indexPage(16, 15, 30), meta: { count: 30, current_page: 2 } } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'contact', operation: 'getMany', accountId: '1', returnAll: true } });
		expect(run.error).toBeUndefined();
		expect(delays).toEqual([2000]);
		expect(run.items.map((item) => item.json.id)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
	});

	test("a proxy's 502 page on a page is retried; on a create it is not, and the item names the page", async () => {
		expectRequest('GET', `${A}/contacts`, { status: 502, body: BAD_GATEWAY, headers: HTML_TYPE }, requests.sent);
		expectRequest('GET', `${A}/contacts`, { status: 200, body: indexPage(1, 3, 3) }, requests.sent);
		const list = await executeNode({ parameters: { resource: 'contact', operation: 'getMany', accountId: '1', returnAll: true } });
		expect(list.items).toHaveLength(3);
		expect(delays).toEqual([1000]);

		expectRequest('POST', `${A}/contacts`, { status: 502, body: BAD_GATEWAY, headers: HTML_TYPE }, requests.sent);
		const create = await executeNode({ parameters: { resource: 'contact', operation: 'create', accountId: '1', name: 'Ann' } });
		expect(requests.sent.filter((request) => request.method === 'POST')).toHaveLength(1);
		expect(create.error?.message).toBe('ChatWoot answered 502 with an HTML page ("502 Bad Gateway")');
		expect(create.error?.description).toMatch(/^ChatWoot answers its API in JSON: a proxy, load balancer or sign-in page in front of it sent this page\. ChatWoot failed/);
	});
});
