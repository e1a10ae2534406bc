import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

const EVENTS = '/api/v1/accounts/1/reporting_events';
const events = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i, name: 'first_response', value: 30 }));

describe('Reporting Event', () => {
	test('Get Many with filters stops at the last page meta announces', async () => {
		const filters = { name: 'first_response', inboxId: { __rl: true, mode: 'id', value: '3' }, userId: { __rl: true, mode: 'id', value: '7' }, since: '2025-01-01T00:00:00Z', until: '2025-01-31T00:00:00Z' };
		const scope = expectRequest('GET', EVENTS, { status: 200, body: { payload: events(1, 25), meta: { count: 25, current_page: 1, total_pages: 1 } } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'reportingEvent', operation: 'getMany', accountId: '1', returnAll: true, reportingEventFilters: filters } });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0].query).toEqual({ name: 'first_response', inbox_id: '3', user_id: '7', since: '1735689600', until: '1738281600', page: '1' });
		expect(run.items).toHaveLength(25);
	});
});
