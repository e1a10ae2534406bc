import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

/**
 * Each ChatWoot version's answer (test/contract/chatwoot/envelopes.tsv, read in its jbuilder
 * views) gives the same items, and an answer in a shape the operation does not know fails the
 * item instead of passing for an empty result.
 */
const requests = recordChatWootRequests();
const ACCOUNT = '/api/v1/accounts/1';

describe('Article → Reorder: bodiless before 4.16, the new positions since', () => {
	const reorder = {
		parameters: { resource: 'article', operation: 'reorder', accountId: '1', portalSlug: 'handbook', positions: { position: [{ id: 1, position: 2 }, { id: 3, position: 1 }] } },
		method: 'POST',
		path: `${ACCOUNT}/portals/handbook/articles/reorder`,
		body: { positions_hash: { '1': 2, '3': 1 } },
	};

	test.each([
		['4.11.0–4.15.1: head :ok', '', [{ success: true }]],
		['4.16.0+: {positions}', { positions: { '1': 2, '3': 1 } }, [{ positions: { '1': 2, '3': 1 } }]],
	])('%s', async (_version, reply, output) => await expectOperation(requests, { ...reorder, reply, output }));
});

describe('Assignment Policy → Get Many: a bare array in every release', () => {
	const POLICIES = [{ id: 4, name: 'Round robin' }, { id: 5, name: 'Balanced' }];
	test.each([
		['4.11.0–4.16.2: bare array (index.json.jbuilder)', POLICIES],
		['keyed variant stored at chatwoot/chatwoot@20a36afb', { assignment_policies: POLICIES }],
	])('%s', async (_version, reply) =>
		await expectOperation(requests, {
			parameters: { resource: 'assignmentPolicy', operation: 'getMany', accountId: '1', returnAll: true },
			method: 'GET',
			path: `${ACCOUNT}/assignment_policies`,
			reply,
			output: POLICIES,
		}),
	);
});

describe('Conversation → Search: {meta, payload}, without the data wrapper of Get Many', () => {
	test('4.11.0–4.16.2 (conversations/search.json.jbuilder)', async () =>
		await expectOperation(requests, {
			parameters: { resource: 'conversation', operation: 'search', accountId: '1', q: 'refund', returnAll: true },
			method: 'GET',
			path: `${ACCOUNT}/conversations/search`,
			query: { q: 'refund', page: '1' },
			reply: { meta: { mine_count: 0, unassigned_count: 2, all_count: 2 }, payload: [{ id: 7 }, { id: 9 }] },
			output: [{ id: 7 }, { id: 9 }],
		}));
});

describe('Platform Agent Bot → Delete Avatar: the bot itself', () => {
	test('4.11.0–4.16.2 (platform agent_bots/avatar.json.jbuilder)', async () => {
		const bot = { id: 3, name: 'Helper', description: '', account_id: null, outgoing_url: 'https://bot.example.com', thumbnail: '' };
		await expectOperation(requests, {
			parameters: { resource: 'agentBot', operation: 'deleteAvatar', agentBotId: '3' },
			nodeType: new ChatWootPlatform(),
			method: 'DELETE',
			path: '/platform/api/v1/agent_bots/3/avatar',
			reply: bot,
			output: [bot],
		});
	});
});

describe('an answer in a shape the operation does not know', () => {
	test.each([
		[
			'a listing whose records moved out of payload',
			{ resource: 'inbox', operation: 'getMany', accountId: '1', returnAll: true },
			`${ACCOUNT}/inboxes`,
			[{ id: 1 }, { id: 2 }],
			'Expected the records at `payload`; the answer is a list of 2.',
		],
		[
			'a paged listing answered with another wrapper',
			{ resource: 'conversation', operation: 'search', accountId: '1', q: 'refund', returnAll: true },
			`${ACCOUNT}/conversations/search`,
			{ data: { meta: {}, payload: [{ id: 7 }] } },
			'Expected the records at `payload`; the answer is an object with data.',
		],
		[
			"a record's labels answered without their payload",
			{ resource: 'conversation', operation: 'getLabels', accountId: '1', conversationId: '7' },
			`${ACCOUNT}/conversations/7/labels`,
			['vip'],
			'Expected the records at `payload`; the answer is a list of 1.',
		],
	])('%s fails the item, naming what came back', async (_label, parameters, path, body, description) => {
		const scope = expectRequest('GET', path, { status: 200, body }, requests.sent);
		const run = await executeNode({ parameters });
		scope.done();
		expect(run.error?.message).toBe("ChatWoot's answer is not in a shape this operation knows");
		expect(run.error?.description).toBe(`${description} Your ChatWoot may be a version this node does not know yet.`);
	});

	test('with Continue On Fail the item carries the error and the other items go on', async () => {
		expectRequest('GET', `${ACCOUNT}/inboxes`, { status: 200, body: { inboxes: [] } }, requests.sent);
		expectRequest('GET', `${ACCOUNT}/inboxes`, { status: 200, body: { payload: [{ id: 1 }] } }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'inbox', operation: 'getMany', accountId: '1', returnAll: true },
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});
		expect(run.items.map((item) => item.json)).toEqual([{ error: "ChatWoot's answer is not in a shape this operation knows" }, { id: 1 }]);
	});

	test('an empty list in its place is an empty result, not an error', async () => {
		const scope = expectRequest('GET', `${ACCOUNT}/inboxes`, { status: 200, body: { payload: [] } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'inbox', operation: 'getMany', accountId: '1', returnAll: true } });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
	});
});
