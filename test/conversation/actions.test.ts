import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { ACCOUNT, conversation, CONVERSATION_PATH } from './fixtures';

const requests = recordChatWootRequests();

const on = (operation: string, parameters: INodeParameters = {}): INodeParameters => ({
	resource: 'conversation',
	operation,
	accountId: '1',
	conversationId: '7',
	...parameters,
});

const agent = { id: 5, name: 'Agatha', email: 'agatha@acme.inc', role: 'agent' };
const team = { id: 2, name: 'Billing', allow_auto_assign: true };
const SNOOZE = '2030-07-21T17:30:00.000Z';
const SNOOZE_SECONDS = Date.parse(SNOOZE) / 1000;

/** [label, parameters, method, path, body sent, ChatWoot's answer, output items] */
type Case = [string, INodeParameters, string, string, unknown, unknown, unknown[]];

const cases: Case[] = [
	['Get', on('get'), 'GET', CONVERSATION_PATH, undefined, conversation(), [conversation()]],
	['Delete', on('delete'), 'DELETE', CONVERSATION_PATH, undefined, '', [{ success: true }]],
	['Update: priority', on('update', { conversationUpdateFields: { priority: 'high' } }), 'PATCH', CONVERSATION_PATH, { priority: 'high' }, conversation({ priority: 'high' }), [conversation({ priority: 'high' })]],
	['Update: priority None clears it', on('update', { conversationUpdateFields: { priority: 'none' } }), 'PATCH', CONVERSATION_PATH, { priority: null }, conversation(), [conversation()]],
	['Update: SLA policy', on('update', { conversationUpdateFields: { slaPolicyId: '4' } }), 'PATCH', CONVERSATION_PATH, { sla_policy_id: 4 }, conversation(), [conversation()]],
	[
		'Toggle Status: resolved',
		on('toggleStatus', { status: 'resolved' }),
		'POST',
		`${CONVERSATION_PATH}/toggle_status`,
		{ status: 'resolved' },
		{ meta: {}, payload: { success: true, conversation_id: 7, current_status: 'resolved', snoozed_until: null } },
		[{ success: true, conversation_id: 7, current_status: 'resolved', snoozed_until: null }],
	],
	[
		'Toggle Status: snoozed until a date, sent as unix seconds',
		on('toggleStatus', { status: 'snoozed', snoozedUntil: SNOOZE }),
		'POST',
		`${CONVERSATION_PATH}/toggle_status`,
		{ status: 'snoozed', snoozed_until: SNOOZE_SECONDS },
		{ meta: {}, payload: { success: true, conversation_id: 7, current_status: 'snoozed', snoozed_until: SNOOZE_SECONDS } },
		[{ success: true, conversation_id: 7, current_status: 'snoozed', snoozed_until: SNOOZE_SECONDS }],
	],
	['Toggle Status: snoozed without a date', on('toggleStatus', { status: 'snoozed' }), 'POST', `${CONVERSATION_PATH}/toggle_status`, { status: 'snoozed' }, { meta: {}, payload: { success: true } }, [{ success: true }]],
	['Toggle Priority', on('togglePriority', { priority: 'urgent' }), 'POST', `${CONVERSATION_PATH}/toggle_priority`, { priority: 'urgent' }, '', [{ conversation_id: 7, priority: 'urgent', success: true }]],
	['Toggle Priority: None', on('togglePriority', { priority: 'none' }), 'POST', `${CONVERSATION_PATH}/toggle_priority`, { priority: null }, '', [{ conversation_id: 7, priority: null, success: true }]],
	['Assign: agent', on('assign', { assignTo: 'agent', assigneeId: '5' }), 'POST', `${CONVERSATION_PATH}/assignments`, { assignee_id: 5 }, agent, [{ conversation_id: 7, ...agent }]],
	[
		'Assign: agent by URL-mode locator value',
		on('assign', { assignTo: 'team', teamId: { __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/1/settings/teams/2/edit' } }),
		'POST',
		`${CONVERSATION_PATH}/assignments`,
		{ team_id: 2 },
		team,
		[{ conversation_id: 7, ...team }],
	],
	[
		'Assign: agent bot',
		on('assign', { assignTo: 'agentBot', agentBotId: '9' }),
		'POST',
		`${CONVERSATION_PATH}/assignments`,
		{ assignee_id: 9, assignee_type: 'AgentBot' },
		{ id: 9, name: 'Helper' },
		[{ conversation_id: 7, id: 9, name: 'Helper' }],
	],
	['Unassign: agent', on('unassign', { remove: 'assignee_id' }), 'POST', `${CONVERSATION_PATH}/assignments`, { assignee_id: 0 }, 'null', [{ conversation_id: 7, assignee_id: null, success: true }]],
	['Unassign: team', on('unassign', { remove: 'team_id' }), 'POST', `${CONVERSATION_PATH}/assignments`, { team_id: 0 }, 'null', [{ conversation_id: 7, team_id: null, success: true }]],
	['Get Labels', on('getLabels'), 'GET', `${CONVERSATION_PATH}/labels`, undefined, { payload: ['billing', 'vip'] }, [{ conversation_id: 7, labels: ['billing', 'vip'] }]],
	['Set Labels replaces them', on('setLabels', { labels: ['vip', 'billing'] }), 'POST', `${CONVERSATION_PATH}/labels`, { labels: ['vip', 'billing'] }, { payload: ['billing', 'vip'] }, [{ conversation_id: 7, labels: ['billing', 'vip'] }]],
	['Set Labels: none removes all', on('setLabels', { labels: [] }), 'POST', `${CONVERSATION_PATH}/labels`, { labels: [] }, { payload: [] }, [{ conversation_id: 7, labels: [] }]],
	[
		'Set Custom Attributes replaces the hash',
		on('setCustomAttributes', { customAttributes: '{"order_id":"A-1","seats":3,"vip":true}' }),
		'POST',
		`${CONVERSATION_PATH}/custom_attributes`,
		{ custom_attributes: { order_id: 'A-1', seats: 3, vip: true } },
		{ custom_attributes: { order_id: 'A-1', seats: 3, vip: true } },
		[{ conversation_id: 7, custom_attributes: { order_id: 'A-1', seats: 3, vip: true } }],
	],
	['Mute', on('mute'), 'POST', `${CONVERSATION_PATH}/mute`, undefined, '', [{ conversation_id: 7, muted: true, success: true }]],
	['Unmute', on('unmute'), 'POST', `${CONVERSATION_PATH}/unmute`, undefined, '', [{ conversation_id: 7, muted: false, success: true }]],
	['Mark Unread', on('markUnread'), 'POST', `${CONVERSATION_PATH}/unread`, undefined, conversation(), [conversation()]],
	['Mark Read', on('updateLastSeen'), 'POST', `${CONVERSATION_PATH}/update_last_seen`, undefined, conversation(), [conversation()]],
	['Set Typing Status: on', on('setTypingStatus', { typingStatus: 'on' }), 'POST', `${CONVERSATION_PATH}/toggle_typing_status`, { typing_status: 'on', is_private: false }, '', [{ conversation_id: 7, typing_status: 'on', success: true }]],
	['Set Typing Status: off, private', on('setTypingStatus', { typingStatus: 'off', isPrivate: true }), 'POST', `${CONVERSATION_PATH}/toggle_typing_status`, { typing_status: 'off', is_private: true }, '', [{ conversation_id: 7, typing_status: 'off', success: true }]],
	['Send Transcript', on('sendTranscript', { email: ' boss@acme.inc ' }), 'POST', `${CONVERSATION_PATH}/transcript`, { email: 'boss@acme.inc' }, '', [{ conversation_id: 7, email: 'boss@acme.inc', success: true }]],
	['Get Draft', on('getDraft'), 'GET', `${CONVERSATION_PATH}/draft_messages`, undefined, { has_draft: true, message: 'Hi' }, [{ has_draft: true, message: 'Hi' }]],
	['Set Draft', on('setDraft', { message: 'Almost done' }), 'PUT', `${CONVERSATION_PATH}/draft_messages`, { draft_message: { message: 'Almost done' } }, '', [{ conversation_id: 7, success: true }]],
	['Delete Draft', on('deleteDraft'), 'DELETE', `${CONVERSATION_PATH}/draft_messages`, undefined, '', [{ conversation_id: 7, success: true }]],
	['Get Inbox Assistant', on('getInboxAssistant'), 'GET', `${CONVERSATION_PATH}/inbox_assistant`, undefined, { assistant: { id: 1, name: 'Cap' } }, [{ assistant: { id: 1, name: 'Cap' } }]],
	['Get Participants', on('getParticipants', { returnAll: true }), 'GET', `${CONVERSATION_PATH}/participants`, undefined, [agent, { ...agent, id: 6 }], [agent, { ...agent, id: 6 }]],
	['Set Participants', on('setParticipants', { userIds: [5, 6] }), 'PATCH', `${CONVERSATION_PATH}/participants`, { user_ids: [5, 6] }, [agent, { ...agent, id: 6 }], [{ conversation_id: 7, ...agent }, { conversation_id: 7, ...agent, id: 6 }]],
	['Add Participants', on('addParticipants', { userIds: '={{ "6" }}' }), 'POST', `${CONVERSATION_PATH}/participants`, { user_ids: [6] }, [{ ...agent, id: 6 }], [{ conversation_id: 7, ...agent, id: 6 }]],
	['Remove Participants', on('removeParticipants', { userIds: '={{ "5,6" }}' }), 'DELETE', `${CONVERSATION_PATH}/participants`, { user_ids: [5, 6] }, '', [{ conversation_id: 7, user_ids: [5, 6], success: true }]],
	['Get Reporting Events', on('getReportingEvents', { returnAll: true }), 'GET', `${CONVERSATION_PATH}/reporting_events`, undefined, [{ id: 1, name: 'first_response' }], [{ id: 1, name: 'first_response' }]],
	['Get Unread Counts', { resource: 'conversation', operation: 'getUnreadCounts', accountId: '1' }, 'GET', `${ACCOUNT}/conversations/unread_counts`, undefined, { payload: { all: 3, mine: 1 } }, [{ all: 3, mine: 1 }]],
];

describe('Conversation operations: the request sent and the items returned', () => {
	test.each(cases)('%s', async (_label, parameters, method, path, body, answer, output) => {
		const scope = expectRequest(method, path, { status: 200, body: answer }, requests.sent);
		const run = await executeNode({ parameters });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0]).toMatchObject({ method, path, query: {} });
		expect(requests.sent[0].body).toEqual(body);
		if (body !== undefined) expect(requests.sent[0].contentType).toBe('application/json');
		expect(run.items.map((item) => item.json)).toEqual(output);
	});
});

describe('Conversation: operations ChatWoot answers with less than the conversation name it in their output', () => {
	test('each item outputs its own conversation and priority, paired with it', async () => {
		for (const id of [7, 8]) expectRequest('POST', `${ACCOUNT}/conversations/${id}/toggle_priority`, { status: 200, body: '' }, requests.sent);
		const run = await executeNode({
			parameters: on('togglePriority', { conversationId: '={{ $json.id }}', priority: '={{ $json.priority }}' }),
			items: [{ json: { id: 7, priority: 'low' } }, { json: { id: 8, priority: 'none' } }],
		});
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.body)).toEqual([{ priority: 'low' }, { priority: null }]);
		expect(run.items.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ conversation_id: 7, priority: 'low', success: true }, { item: 0 }],
			[{ conversation_id: 8, priority: null, success: true }, { item: 1 }],
		]);
	});

	test('a conversation picked By URL is output by its number', async () => {
		const scope = expectRequest('GET', `${CONVERSATION_PATH}/labels`, { status: 200, body: { payload: ['vip'] } }, requests.sent);
		const run = await executeNode({
			parameters: on('getLabels', { conversationId: { __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/1/conversations/7' } }),
		});
		scope.done();
		expect(run.items.map((item) => item.json)).toEqual([{ conversation_id: 7, labels: ['vip'] }]);
	});
});

describe('Conversation → Get Counts', () => {
	test.each([
		['under data.meta', { data: { meta: { mine_count: 1, unassigned_count: 2, all_count: 5 } } }],
		['under meta, as the spec documents it', { meta: { mine_count: 1, unassigned_count: 2, all_count: 5 } }],
	])('filters go in the query; counts %s become one item', async (_label, answer) => {
		const scope = expectRequest('GET', `${ACCOUNT}/conversations/meta`, { status: 200, body: answer }, requests.sent);
		const run = await executeNode({
			parameters: {
				resource: 'conversation',
				operation: 'getCounts',
				accountId: '1',
				conversationFilters: { status: 'pending', inboxId: '3', teamId: '2', q: 'refund' },
			},
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].query).toEqual({ status: 'pending', inbox_id: '3', team_id: '2', q: 'refund' });
		expect(run.items.map((item) => item.json)).toEqual([{ mine_count: 1, unassigned_count: 2, all_count: 5 }]);
	});
});

describe('Conversation: labels and custom attributes that keep the others', () => {
	test.each([
		['Add Labels keeps the others and adds the new ones once', 'addLabels', ['vip', 'urgent'], ['billing', 'vip', 'urgent']],
		['Remove Labels keeps the others', 'removeLabels', ['vip', 'absent'], ['billing']],
	])('%s', async (_label, operation, chosen, sent) => {
		const read = expectRequest('GET', `${CONVERSATION_PATH}/labels`, { status: 200, body: { payload: ['billing', 'vip'] } }, requests.sent);
		const write = expectRequest('POST', `${CONVERSATION_PATH}/labels`, { status: 200, body: { payload: sent } }, requests.sent);
		const run = await executeNode({ parameters: on(operation, { labels: chosen }) });
		read.done();
		write.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.method)).toEqual(['GET', 'POST']);
		expect(requests.sent[1].body).toEqual({ labels: sent });
		expect(run.items.map((item) => item.json)).toEqual([{ conversation_id: 7, labels: sent }]);
	});

	test('Merge Custom Attributes reads the conversation, then sends the whole merged hash', async () => {
		const current = conversation({ custom_attributes: { order_id: 'A-1', seats: 3 } });
		const read = expectRequest('GET', CONVERSATION_PATH, { status: 200, body: current }, requests.sent);
		const merged = { order_id: 'A-1', seats: 5, vip: true };
		const write = expectRequest('POST', `${CONVERSATION_PATH}/custom_attributes`, { status: 200, body: { custom_attributes: merged } }, requests.sent);
		const run = await executeNode({ parameters: on('mergeCustomAttributes', { customAttributes: '{"seats":5,"vip":true}' }) });
		read.done();
		write.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[1].body).toEqual({ custom_attributes: merged });
		expect(run.items.map((item) => item.json)).toEqual([{ conversation_id: 7, custom_attributes: merged }]);
	});

	test('Merge Custom Attributes with typed fields: values checked and converted, over the JSON ones', async () => {
		const current = conversation({ custom_attributes: { order_id: 'A-1', seats: 3 } });
		expectRequest('GET', CONVERSATION_PATH, { status: 200, body: current }, requests.sent);
		const merged = { order_id: 'A-1', seats: 7, vip: true };
		expectRequest('POST', `${CONVERSATION_PATH}/custom_attributes`, { status: 200, body: { custom_attributes: merged } }, requests.sent);
		const schema = [
			{ id: 'seats', displayName: 'Seats', type: 'number', required: false, defaultMatch: false, display: true },
			{ id: 'vip', displayName: 'VIP', type: 'boolean', required: false, defaultMatch: false, display: true },
		];
		const run = await executeNode({
			parameters: on('mergeCustomAttributes', {
				customAttributes: '{"seats":5}',
				customAttributeFields: { mappingMode: 'defineBelow', value: { seats: '7', vip: 'true' }, matchingColumns: [], schema },
			}),
		});
		expect(run.error).toBeUndefined();
		expect(requests.sent[1].body).toEqual({ custom_attributes: merged });
	});

	// n8n checks typed-in values itself; values from expressions are checked by the node.
	test('a typed value from an expression that does not fit its definition is refused before anything is sent', async () => {
		tripwire(requests.sent);
		const schema = [{ id: 'seats', displayName: 'Seats', type: 'number', required: false, defaultMatch: false, display: true }];
		const run = await executeNode({
			parameters: on('setCustomAttributes', {
				customAttributeFields: { mappingMode: 'defineBelow', value: { seats: '={{ "many" }}' }, matchingColumns: [], schema },
			}),
		});
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toBe('Custom Attribute Fields: "Seats" of item 0 must be a number, not "many"');
	});
});

describe('Conversation: agent bot tokens', () => {
	test('a route bots may call is sent with the bot credential', async () => {
		const scope = expectRequest('POST', `${CONVERSATION_PATH}/toggle_status`, { status: 200, body: { meta: {}, payload: { success: true } } }, requests.sent);
		const run = await executeNode({ parameters: { authentication: 'agentBotToken', ...on('toggleStatus', { status: 'open' }) } });
		scope.done();
		expect(run.error).toBeUndefined();
	});

	test('Add Labels reads and writes labels with a bot token, both routes bots may call', async () => {
		expectRequest('GET', `${CONVERSATION_PATH}/labels`, { status: 200, body: { payload: [] } }, requests.sent);
		expectRequest('POST', `${CONVERSATION_PATH}/labels`, { status: 200, body: { payload: ['vip'] } }, requests.sent);
		const run = await executeNode({ parameters: { authentication: 'agentBotToken', ...on('addLabels', { labels: ['vip'] }) } });
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(2);
	});

	test.each([
		['Get Many', { operation: 'getMany', returnAll: true }],
		['Mute', { operation: 'mute' }],
		['Add Participants', { operation: 'addParticipants', userIds: [5] }],
	])('%s is refused before sending, naming the token type', async (_label, parameters) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { authentication: 'agentBotToken', ...on('', parameters) } });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toBe('This operation cannot be called with an agent bot token');
	});
});

describe('Conversation: bad input is refused before anything is sent', () => {
	beforeEach(() => tripwire(requests.sent));

	test.each([
		['a Conversation ID that is not a number', on('get', { conversationId: 'abc' }), /^Conversation ID must be a positive whole number, not "abc"$/],
		['a Conversation URL pasted into By ID', on('get', { conversationId: '={{ "0" }}' }), /^Conversation ID must be a positive whole number, not "0"$/],
		['a snooze date that is no date', on('toggleStatus', { status: 'snoozed', snoozedUntil: 'next tuesday' }), /^Snooze Until is not a date and time: "next tuesday"$/],
		['an agent ID that is no number', on('assign', { assignTo: 'agent', assigneeId: 'agatha' }), /^Agent ID must be a positive whole number, not "agatha"$/],
		['an agent bot ID that is no number', on('assign', { assignTo: 'agentBot', agentBotId: 'x' }), /^Agent Bot ID must be a positive whole number, not "x"$/],
		['an SLA policy ID that is no number', on('update', { conversationUpdateFields: { slaPolicyId: 'gold' } }), /^SLA Policy ID must be a positive whole number, not "gold"$/],
		['participants that are not IDs', on('addParticipants', { userIds: '={{ "5, agatha" }}' }), /^Agents must be positive whole numbers, not "agatha"$/],
		['no participants', on('removeParticipants', { userIds: '={{ " , " }}' }), /^Agents is empty$/],
		['no labels to add', on('addLabels', { labels: '={{ [] }}' }), /^Labels: choose at least one label$/],
		['custom attributes that are not JSON', on('setCustomAttributes', { customAttributes: '{vip}' }), /^Custom Attributes \(JSON\) is not valid JSON$/],
		['custom attributes to merge that are an array', on('mergeCustomAttributes', { customAttributes: '[1]' }), /^Custom Attributes \(JSON\) must be a JSON object, not an array$/],
		['a transcript address that is no email', on('sendTranscript', { email: 'boss' }), /^Email must be an email address, not "boss"$/],
	])('%s', async (_label, parameters, message) => {
		const run = await executeNode({ parameters });
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toMatch(message);
		expect(run.error?.context?.itemIndex).toBe(0);
	});
});

describe('Conversation: custom attribute routes of ChatWoot 4.17 (PR #15119)', () => {
	/** ChatWoot reports its version at GET /api; the node asks before an operation or field that needs a newer one. */
	const serverVersion = (version: string) =>
		expectRequest('GET', '/api', { status: 200, body: { version, timestamp: '2026-08-20 12:00:00', queue_services: 'ok', data_services: 'ok' } }, requests.sent);
	const exceptVersionLookup = () => requests.sent.filter((request) => request.path !== '/api');

	test('Delete Custom Attributes sends the keys once each and outputs the attributes left', async () => {
		serverVersion('4.17.0');
		const scope = expectRequest('POST', `${CONVERSATION_PATH}/destroy_custom_attributes`, { status: 200, body: { custom_attributes: { seats: 3 } } }, requests.sent);
		const run = await executeNode({ parameters: on('deleteCustomAttributes', { attributeKeys: 'order_id, vip, order_id' }) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(exceptVersionLookup()).toMatchObject([
			{ method: 'POST', path: `${CONVERSATION_PATH}/destroy_custom_attributes`, body: { custom_attributes: ['order_id', 'vip'] } },
		]);
		expect(run.items.map((item) => item.json)).toEqual([{ conversation_id: 7, custom_attributes: { seats: 3 } }]);
	});

	test('Delete Custom Attributes with no keys is refused before anything is sent', async () => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: on('deleteCustomAttributes', { attributeKeys: ' , ' }) });
		expect(exceptVersionLookup()).toEqual([]);
		expect(run.error?.message).toBe('Attribute Keys is empty');
	});

	test('Merge Custom Attributes on ChatWoot 4.18.0 sends merge: true and only your keys, in one request; several items ask the version once', async () => {
		serverVersion('4.18.0');
		for (let item = 0; item < 2; item++) {
			expectRequest('POST', `${CONVERSATION_PATH}/custom_attributes`, { status: 200, body: { custom_attributes: { order_id: 'A-1', seats: 5 } } }, requests.sent);
		}
		tripwire(requests.sent);
		const run = await executeNode({ parameters: on('mergeCustomAttributes', { customAttributes: '{"seats":5}' }), items: [{ json: {} }, { json: {} }] });
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api', ...Array(2).fill(`POST ${CONVERSATION_PATH}/custom_attributes`)]);
		expect(exceptVersionLookup().map((request) => request.body)).toEqual(Array(2).fill({ custom_attributes: { seats: 5 }, merge: true }));
		expect(run.items.map((item) => item.json)).toEqual(Array(2).fill({ conversation_id: 7, custom_attributes: { order_id: 'A-1', seats: 5 } }));
	});

	// `merge: true` to an older ChatWoot would be dropped and every other attribute replaced: never risked.
	test.each([
		['ChatWoot 4.16.2', () => serverVersion('4.16.2')],
		['a server whose /api is a 404', () => expectRequest('GET', '/api', { status: 404, body: '<html><body>Not found</body></html>', headers: { 'Content-Type': 'text/html' } }, requests.sent)],
	])('Merge Custom Attributes on %s reads the conversation, then sends the merged hash without merge', async (_label, answerVersion) => {
		answerVersion();
		expectRequest('GET', CONVERSATION_PATH, { status: 200, body: conversation({ custom_attributes: { order_id: 'A-1', seats: 3 } }) }, requests.sent);
		expectRequest('POST', `${CONVERSATION_PATH}/custom_attributes`, { status: 200, body: { custom_attributes: { order_id: 'A-1', seats: 5 } } }, requests.sent);
		tripwire(requests.sent);
		const run = await executeNode({ parameters: on('mergeCustomAttributes', { customAttributes: '{"seats":5}' }) });
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api', `GET ${CONVERSATION_PATH}`, `POST ${CONVERSATION_PATH}/custom_attributes`]);
		expect(requests.sent[2].body).toEqual({ custom_attributes: { order_id: 'A-1', seats: 5 } });
		expect(run.items.map((item) => item.json)).toEqual([{ conversation_id: 7, custom_attributes: { order_id: 'A-1', seats: 5 } }]);
	});

	test('Delete Custom Attributes on ChatWoot 4.16.2 (no such route: a Rails 404) is refused before sending, naming both versions', async () => {
		serverVersion('4.16.2');
		tripwire(requests.sent);
		const run = await executeNode({ parameters: on('deleteCustomAttributes', { attributeKeys: 'vip' }) });
		expect(exceptVersionLookup()).toEqual([]);
		expect(run.error?.message).toBe('"Delete custom attributes of a conversation" needs ChatWoot 4.17+, but the server runs ChatWoot 4.16.2');
	});
});
