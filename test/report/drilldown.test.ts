import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';

const requests = recordChatWootRequests();
const PATH = '/api/v2/accounts/1/reports/drilldown';
/** 2025-01-01T00:00:00Z, 2025-01-31T00:00:00Z and 2025-01-02T00:00:00Z as ChatWoot receives them. */
const DATES = { since: '2025-01-01T00:00:00Z', until: '2025-01-31T00:00:00Z', bucketTimestamp: '2025-01-02T00:00:00Z' };
/** v2/reports/drilldown_record_serializer.rb, trimmed. */
const row = { record_type: 'conversation', conversation: { id: 30, display_id: 4 }, message: null, metric_value: null, occurred_at: 1735790000 };
const meta = { metric: 'conversations_count', record_type: 'conversation', current_page: 1, per_page: 100, total_count: 1, conversation_count: 1 };
const params = (extra: INodeParameters = {}) => ({ resource: 'report', operation: 'getDrilldown', accountId: '1', metric: 'conversations_count', ...DATES, ...extra });

test('Report → Get Drilldown asks for the bar, 100 records a page', async () =>
	await expectOperation(requests, {
		parameters: params({ returnAll: true, type: 'inbox', subjectId: '3', reportOptions: { groupBy: 'hour', timezoneOffset: 5.5, businessHours: true } }),
		method: 'GET',
		path: PATH,
		query: {
			page: '1',
			per_page: '100',
			metric: 'conversations_count',
			type: 'inbox',
			id: '3',
			since: '1735689600',
			until: '1738281600',
			bucket_timestamp: '1735776000',
			group_by: 'hour',
			timezone_offset: '5.5',
			business_hours: 'true',
		},
		reply: { meta, payload: [row] },
		output: [row],
	}));

test('Report → Get Drilldown for the whole account sends the type without an ID', async () =>
	await expectOperation(requests, {
		parameters: params({ metric: 'reply_time', limit: 1 }),
		method: 'GET',
		path: PATH,
		query: { page: '1', per_page: '100', metric: 'reply_time', type: 'account', since: '1735689600', until: '1738281600', bucket_timestamp: '1735776000' },
		reply: { meta: { ...meta, total_count: 2 }, payload: [row, { ...row, occurred_at: 1735780000 }] },
		output: [row],
	}));

test.each([
	[{ bucketTimestamp: 'tuesday' }, /^Bar Start is not a date: "tuesday"$/],
	[{ since: '2025-02-01T00:00:00Z' }, /^Since is after Until$/],
	[{ type: 'team', subjectId: 'sales' }, /^Agent, Inbox, Label or Team ID must be a positive whole number, not "sales"$/],
])('Report → Get Drilldown refuses %j before sending', async (extra, message) => expectRefusal(requests, params(extra), message));
