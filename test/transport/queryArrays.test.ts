import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { BASE_URL, executeNode } from '../harness/executeNode';
import { recordChatWootRequests } from '../support/nockChatWoot';
import { recordRequest } from '../support/recordRequest';
import type { SentRequests } from '../support/nockChatWoot';

/**
 * Every operation that can put a list in the query sends it as `name[]=a&name[]=b`, which Rails
 * reads as a list. n8n's default, `name[0]=a`, reaches the controller as a hash, so a filter
 * like `(params[:includes] || []).include?('read')` (NotificationFinder) silently finds nothing.
 * The raw path is asserted exactly as n8n puts it on the wire, brackets percent-encoded.
 */

const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';
const RANGE = { since: '2025-01-01T00:00:00Z', until: '2025-01-31T00:00:00Z' };

/** Answers `replies` in turn to GETs of `path`, keeping each raw path (query included) as sent. */
function answerGets(path: string, replies: unknown[], sent: SentRequests['sent']): { rawPaths: string[]; scope: nock.Scope } {
	const rawPaths: string[] = [];
	const scope = nock(BASE_URL);
	for (const reply of replies) {
		scope
			.get(path)
			.query(true)
			.reply(async function (uri) {
				rawPaths.push(this.req.path);
				// The contract check (routes.tsv and the spec) still runs on every request.
				sent.push(await recordRequest('GET', new URL(uri, BASE_URL), this.req.headers, Buffer.alloc(0)));
				return [200, reply as nock.Body, { 'content-type': typeof reply === 'string' ? 'text/csv' : 'application/json' }];
			});
	}
	return { rawPaths, scope };
}

interface QueryArrayCase {
	label: string;
	parameters: INodeParameters;
	path: string;
	/** ChatWoot's answers, one per request the operation makes. */
	replies: unknown[];
	/** The raw query of each request, in order. */
	queries: string[];
}

const notes = (count: number) => ({ data: { meta: { count: 40 }, payload: Array.from({ length: count }, (_, index) => ({ id: index + 1 })) } });
const conversations = { data: { meta: { all_count: 1 }, payload: [{ id: 1 }] } };
const counts = { data: { meta: { mine_count: 0, unassigned_count: 0, all_count: 0 } } };
const csatFilters = { csatSurveyResponseFilters: { ratings: [1, 5] } };

const CASES: QueryArrayCase[] = [
	{
		label: 'Notification → Get Many: includes[]',
		parameters: { resource: 'notification', operation: 'getMany', accountId: '1', returnAll: false, limit: 2, notificationFilters: { includes: ['read', 'snoozed'] } },
		path: `${A}/notifications`,
		replies: [notes(2)],
		queries: ['includes%5B%5D=read&includes%5B%5D=snoozed&page=1'],
	},
	{
		label: 'Notification → Get Many, Return All: includes[] on every page the pager asks for',
		parameters: { resource: 'notification', operation: 'getMany', accountId: '1', returnAll: true, notificationFilters: { includes: ['read'] } },
		path: `${A}/notifications`,
		replies: [notes(15), notes(3)],
		queries: ['includes%5B%5D=read&page=1', 'includes%5B%5D=read&page=2'],
	},
	{
		label: 'Conversation → Get Many: labels[]',
		parameters: { resource: 'conversation', operation: 'getMany', accountId: '1', returnAll: false, limit: 1, conversationFilters: { labels: ['vip', 'billing'] } },
		path: `${A}/conversations`,
		replies: [conversations],
		queries: ['labels%5B%5D=vip&labels%5B%5D=billing&page=1'],
	},
	{
		label: 'Conversation → Get Counts: labels[]',
		parameters: { resource: 'conversation', operation: 'getCounts', accountId: '1', conversationFilters: { labels: ['vip', 'billing'] } },
		path: `${A}/conversations/meta`,
		replies: [counts],
		queries: ['labels%5B%5D=vip&labels%5B%5D=billing'],
	},
	{
		label: 'Contact → Get Many: labels[]',
		parameters: { resource: 'contact', operation: 'getMany', accountId: '1', returnAll: false, limit: 1, options: { labels: ['vip', 'billing'] } },
		path: `${A}/contacts`,
		replies: [{ meta: { count: 1 }, payload: [{ id: 1 }] }],
		queries: ['labels%5B%5D=vip&labels%5B%5D=billing&page=1'],
	},
	{
		label: 'Agent → Get Assignable: inbox_ids[]',
		parameters: { resource: 'agent', operation: 'getAssignable', accountId: '1', returnAll: true, inboxIds: [3, 4] },
		path: `${A}/assignable_agents`,
		replies: [{ payload: [] }],
		queries: ['inbox_ids%5B%5D=3&inbox_ids%5B%5D=4'],
	},
	{
		label: 'CSAT Survey Response → Get Many: rating[]',
		parameters: { resource: 'csatSurveyResponse', operation: 'getMany', accountId: '1', returnAll: false, limit: 1, ...csatFilters },
		path: `${A}/csat_survey_responses`,
		replies: [[{ id: 1 }]],
		queries: ['rating%5B%5D=1&rating%5B%5D=5&page=1'],
	},
	{
		label: 'CSAT Survey Response → Get Metrics: rating[]',
		parameters: { resource: 'csatSurveyResponse', operation: 'getMetrics', accountId: '1', ...csatFilters },
		path: `${A}/csat_survey_responses/metrics`,
		replies: [{ total_count: 0 }],
		queries: ['rating%5B%5D=1&rating%5B%5D=5'],
	},
	{
		label: 'CSAT Survey Response → Export: rating[]',
		parameters: { resource: 'csatSurveyResponse', operation: 'export', accountId: '1', ...csatFilters },
		path: `${A}/csat_survey_responses/download`,
		replies: ['Rating\n5\n'],
		queries: ['rating%5B%5D=1&rating%5B%5D=5'],
	},
	{
		label: 'Report → Get Inbox Label Matrix: inbox_ids[] and label_ids[]',
		parameters: { resource: 'report', operation: 'getInboxLabelMatrix', accountId: '1', ...RANGE, reportFilters: { inboxIds: '1, 2', labelIds: '5' } },
		path: '/api/v2/accounts/1/reports/inbox_label_matrix',
		replies: [{ inboxes: [], labels: [], matrix: [] }],
		queries: ['since=1735689600&until=1738281600&inbox_ids%5B%5D=1&inbox_ids%5B%5D=2&label_ids%5B%5D=5'],
	},
];

describe('Lists in the query go as name[]=… (Rails arrays), never name[0]=…', () => {
	test.each(CASES.map((testCase) => [testCase.label, testCase] as const))('%s', async (_label, { parameters, path, replies, queries }) => {
		const { rawPaths, scope } = answerGets(path, replies, requests.sent);
		const run = await executeNode({ parameters });
		expect(run.error).toBeUndefined();
		scope.done();
		expect(rawPaths).toEqual(queries.map((query) => `${path}?${query}`));
	});
});
