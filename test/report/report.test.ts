import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

const requests = recordChatWootRequests();

/** 2025-01-01T00:00:00Z and 2025-01-31T00:00:00Z as ChatWoot receives them. */
const RANGE = { since: '2025-01-01T00:00:00Z', until: '2025-01-31T00:00:00Z' };
const RANGE_QUERY = { since: '1735689600', until: '1738281600' };

const V2 = '/api/v2/accounts/1';

interface Case {
	operation: string;
	parameters?: INodeParameters;
	path: string;
	query: Record<string, string>;
	response: unknown;
	responseHeaders?: Record<string, string>;
	items: IDataObject[];
}

const timeseries = [
	{ value: '3', timestamp: 1735689600 },
	{ value: '5', timestamp: 1735776000 },
];
const summary = { conversations_count: 4, avg_first_response_time: '60.0', previous: { conversations_count: 2 } };
const agentRows = [
	{ id: 1, conversations_count: 3, resolved_conversations_count: 2, avg_resolution_time: 40, avg_first_response_time: 10, avg_reply_time: 5 },
	{ id: 2, conversations_count: 1, resolved_conversations_count: 0, avg_resolution_time: null, avg_first_response_time: null, avg_reply_time: null },
];
const CSV = { 'content-type': 'text/csv' };
const agentsCsv = 'Agent name,Conversations count,Avg first response time\nAlice,3,"1,5 min"\n"Bob ""B""",1,\n';

const cases: Array<[string, Case]> = [
	[
		'Get Metric Over Time: one item per data point, dates as unix seconds, options as query',
		{
			operation: 'getMetricTimeseries',
			parameters: {
				metric: 'avg_resolution_time',
				type: 'inbox',
				subjectId: '3',
				...RANGE,
				reportOptions: { groupBy: 'week', businessHours: true, timezoneOffset: 5.5 },
			},
			path: `${V2}/reports`,
			query: { metric: 'avg_resolution_time', type: 'inbox', id: '3', ...RANGE_QUERY, group_by: 'week', business_hours: 'true', timezone_offset: '5.5' },
			response: timeseries,
			items: timeseries,
		},
	],
	[
		'Get Conversation Summary: the summary with its previous period as one item',
		{
			operation: 'getConversationSummary',
			parameters: { ...RANGE },
			path: `${V2}/reports/summary`,
			query: { type: 'account', ...RANGE_QUERY },
			response: summary,
			items: [summary],
		},
	],
	[
		'Get Bot Summary',
		{ operation: 'getBotSummary', parameters: RANGE, path: `${V2}/reports/bot_summary`, query: RANGE_QUERY, response: { bot_resolutions_count: 1 }, items: [{ bot_resolutions_count: 1 }] },
	],
	[
		'Get Bot Metrics',
		{ operation: 'getBotMetrics', parameters: RANGE, path: `${V2}/reports/bot_metrics`, query: RANGE_QUERY, response: { conversation_count: 2, handoff_rate: 50 }, items: [{ conversation_count: 2, handoff_rate: 50 }] },
	],
	[
		'Get Agent Table: CSV rows become items keyed by the header',
		{
			operation: 'getAgentTable',
			parameters: { ...RANGE, reportOptions: { businessHours: false } },
			path: `${V2}/reports/agents`,
			query: { ...RANGE_QUERY, business_hours: 'false' },
			response: agentsCsv,
			responseHeaders: CSV,
			items: [
				{ 'Agent name': 'Alice', 'Conversations count': '3', 'Avg first response time': '1,5 min' },
				{ 'Agent name': 'Bob "B"', 'Conversations count': '1', 'Avg first response time': '' },
			],
		},
	],
	...(
		[
			['getInboxTable', 'inboxes'],
			['getLabelTable', 'labels'],
			['getTeamTable', 'teams'],
			['getConversationTable', 'conversations_summary'],
		] as const
	).map(([operation, segment]): [string, Case] => [
		`${operation}: CSV with a byte-order mark`,
		{
			operation,
			parameters: RANGE,
			path: `${V2}/reports/${segment}`,
			query: RANGE_QUERY,
			response: '\uFEFFName,Count\r\nSupport,2\r\n',
			responseHeaders: CSV,
			items: [{ Name: 'Support', Count: '2' }],
		},
	]),
	[
		'Get Conversation Traffic with a timezone offset',
		{
			operation: 'getConversationTraffic',
			parameters: { ...RANGE, reportOptions: { timezoneOffset: -5 } },
			path: `${V2}/reports/conversation_traffic`,
			query: { ...RANGE_QUERY, timezone_offset: '-5' },
			response: 'Start of the week,00:00 - 01:00\n2025-01-06,4\n',
			responseHeaders: CSV,
			items: [{ 'Start of the week': '2025-01-06', '00:00 - 01:00': '4' }],
		},
	],
	[
		'Get Open Conversation Counts per agent, for one agent',
		{
			operation: 'getOpenConversationCounts',
			parameters: { type: 'agent', reportOptions: { agentId: { __rl: true, mode: 'id', value: '7' } } },
			path: `${V2}/reports/conversations`,
			query: { type: 'agent', user_id: '7' },
			response: [{ id: 7, name: 'Ann', metric: { open: 2, unattended: 1 } }],
			items: [{ id: 7, name: 'Ann', metric: { open: 2, unattended: 1 } }],
		},
	],
	[
		'Get Open Conversation Counts for the account',
		{
			operation: 'getOpenConversationCounts',
			path: `${V2}/reports/conversations`,
			query: { type: 'account' },
			response: { open: 3, unattended: 1, unassigned: 2 },
			items: [{ open: 3, unattended: 1, unassigned: 2 }],
		},
	],
	[
		'Get Inbox Label Matrix: one item per inbox and label, ID lists in brackets',
		{
			operation: 'getInboxLabelMatrix',
			parameters: { ...RANGE, reportFilters: { inboxIds: '1, 2', labelIds: '5' } },
			path: `${V2}/reports/inbox_label_matrix`,
			query: { ...RANGE_QUERY, 'inbox_ids[]': '2', 'label_ids[]': '5' },
			response: { inboxes: [{ id: 1, name: 'Web' }, { id: 2, name: 'Mail' }], labels: [{ id: 5, title: 'billing' }], matrix: [[4], [0]] },
			items: [
				{ inbox_id: 1, inbox_name: 'Web', label_id: 5, label_title: 'billing', conversations_count: 4 },
				{ inbox_id: 2, inbox_name: 'Mail', label_id: 5, label_title: 'billing', conversations_count: 0 },
			],
		},
	],
	[
		'Get First Response Time Distribution: one item per channel',
		{
			operation: 'getFirstResponseTimeDistribution',
			parameters: RANGE,
			path: `${V2}/reports/first_response_time_distribution`,
			query: RANGE_QUERY,
			response: { 'Channel::Api': { '0-1h': 2, '24h+': 1 } },
			items: [{ channel_type: 'Channel::Api', '0-1h': 2, '24h+': 1 }],
		},
	],
	[
		'Get Outgoing Message Counts by team',
		{
			operation: 'getOutgoingMessageCounts',
			parameters: { groupBy: 'team', ...RANGE },
			path: `${V2}/reports/outgoing_messages_count`,
			query: { group_by: 'team', ...RANGE_QUERY },
			response: [{ id: 1, name: 'Sales', outgoing_messages_count: 9 }],
			items: [{ id: 1, name: 'Sales', outgoing_messages_count: 9 }],
		},
	],
	...(['agent', 'team', 'inbox', 'label'] as const).map((segment): [string, Case] => [
		`summary report ${segment}: one item per row`,
		{
			operation: `get${segment.charAt(0).toUpperCase()}${segment.slice(1)}Summary`,
			parameters: { ...RANGE, reportOptions: { businessHours: true } },
			path: `${V2}/summary_reports/${segment}`,
			query: { ...RANGE_QUERY, business_hours: 'true' },
			response: agentRows,
			items: agentRows,
		},
	]),
	[
		'Get Channel Summary: one item per channel type',
		{
			operation: 'getChannelSummary',
			parameters: RANGE,
			path: `${V2}/summary_reports/channel`,
			query: RANGE_QUERY,
			response: { 'Channel::WebWidget': { open: 1, total: 3 }, 'Channel::Email': { open: 0, total: 1 } },
			items: [
				{ channel_type: 'Channel::WebWidget', open: 1, total: 3 },
				{ channel_type: 'Channel::Email', open: 0, total: 1 },
			],
		},
	],
	[
		'Get Live Conversation Counts for a team',
		{
			operation: 'getLiveConversationCounts',
			parameters: { reportOptions: { teamId: { __rl: true, mode: 'id', value: '4' } } },
			path: `${V2}/live_reports/conversation_metrics`,
			query: { team_id: '4' },
			response: { open: 3, unattended: 1, unassigned: 0, pending: 2, resolved: 5 },
			items: [{ open: 3, unattended: 1, unassigned: 0, pending: 2, resolved: 5 }],
		},
	],
	[
		'Get Live Conversation Counts by Group',
		{
			operation: 'getLiveConversationCountsByGroup',
			parameters: { groupBy: 'team_id' },
			path: `${V2}/live_reports/grouped_conversation_metrics`,
			query: { group_by: 'team_id' },
			response: [{ team_id: 1, open: 2, unattended: 0, unassigned: 1 }],
			items: [{ team_id: 1, open: 2, unattended: 0, unassigned: 1 }],
		},
	],
	[
		'Get Year in Review',
		{
			operation: 'getYearInReview',
			parameters: { reportOptions: { year: 2024 } },
			path: `${V2}/year_in_review`,
			query: { year: '2024' },
			response: { year: 2024, conversations_count: 12 },
			items: [{ year: 2024, conversations_count: 12 }],
		},
	],
];

describe('Report operations', () => {
	test.each(cases)('%s', async (_label, { operation, parameters = {}, path, query, response, responseHeaders, items }) =>
		await expectOperation(requests, {
			parameters: { resource: 'report', operation, accountId: '1', ...parameters },
			method: 'GET',
			path,
			query,
			reply: response,
			replyHeaders: responseHeaders,
			output: items,
		}),
	);

	test('dates without an offset are read in the workflow timezone; Luxon-style and numeric dates are accepted', async () => {
		const scope = expectRequest('GET', `${V2}/reports/bot_metrics`, { status: 200, body: {} }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'report', operation: 'getBotMetrics', accountId: '1', since: '2025-07-01T00:00:00', until: '1751414400' },
		});
		scope.done();
		expect(run.error).toBeUndefined();
		// n8n's default timezone is America/New_York: midnight there on 1 July 2025 is 04:00 UTC.
		expect(requests.sent[0].query).toEqual({ since: String(Date.UTC(2025, 6, 1, 4) / 1000), until: '1751414400' });
	});

	test.each([
		['a date that is no date', { since: 'last week', until: RANGE.until }, 'Since is not a date: "last week"'],
		['Since after Until', { since: RANGE.until, until: RANGE.since }, 'Since is after Until'],
		['a report subject ID that is not a number', { type: 'agent', subjectId: 'ann', ...RANGE }, 'Agent, Inbox, Label or Team ID must be a positive whole number, not "ann"'],
	])('%s is refused before anything is sent', async (_label, parameters, message) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { resource: 'report', operation: 'getConversationSummary', accountId: '1', ...parameters } });
		expect(run.error?.message).toBe(message);
		expect(requests.sent).toEqual([]);
	});

	test('Inbox IDs that are not numbers are refused before anything is sent', async () => {
		tripwire(requests.sent);
		const run = await executeNode({
			parameters: { resource: 'report', operation: 'getInboxLabelMatrix', accountId: '1', ...RANGE, reportFilters: { inboxIds: '1, web' } },
		});
		expect(run.error?.message).toBe('Inbox IDs must be numbers separated by commas, not "1, web"');
		expect(requests.sent).toEqual([]);
	});
});
