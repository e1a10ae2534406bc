import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/calls';
/** `_call.json.jbuilder` (ChatWoot 4.16.2), trimmed. */
const call = { id: 9, provider: 'twilio', status: 'completed', direction: 'inbound', duration_seconds: 62, conversation: { id: 30, display_id: 4 } };
const params = (extra: INodeParameters = {}) => ({ resource: 'call', operation: 'getMany', accountId: '1', ...extra });

test('Call → Get Many sends the filters as ChatWoot reads them, dates as unix seconds', async () =>
	await expectOperation(requests, {
		parameters: params({
			returnAll: true,
			callFilters: {
				agentId: { __rl: true, mode: 'id', value: '4' },
				direction: 'inbound',
				inboxId: { __rl: true, mode: 'id', value: '3' },
				status: 'no-answer',
				since: '2025-01-01T00:00:00Z',
				until: '2025-01-31T00:00:00Z',
			},
		}),
		method: 'GET',
		path: PATH,
		query: { page: '1', agent_id: '4', direction: 'inbound', inbox_id: '3', status: 'no-answer', since: '1735689600', until: '1738281600' },
		reply: { meta: { count: 1, current_page: 1, total_pages: 1 }, payload: [call] },
		output: [call],
	}));

test('Call → Get Many stops at Limit', async () =>
	await expectOperation(requests, {
		parameters: params({ limit: 1 }),
		method: 'GET',
		path: PATH,
		query: { page: '1' },
		reply: { meta: { count: 60, current_page: 1, total_pages: 3 }, payload: [call, { ...call, id: 8 }] },
		output: [call],
	}));

test.each([
	[{ callFilters: { since: '2025-01-01T00:00:00Z' } }, /^Since is set without Until$/],
	[{ callFilters: { until: '2025-01-31T00:00:00Z' } }, /^Until is set without Since$/],
	[{ callFilters: { since: 'soon', until: '2025-01-31T00:00:00Z' } }, /^Since is not a date: "soon"$/],
])('Call → Get Many refuses %j before sending', async (extra, message) => expectRefusal(requests, params(extra), message));
