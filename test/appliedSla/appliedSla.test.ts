import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

const SLAS = '/api/v1/accounts/1/applied_slas';
const sla = (op: string, parameters = {}) => ({ resource: 'appliedSla', operation: op, accountId: '1', ...parameters });
const filters = { label: 'vip', slaPolicyId: 2, assignedAgentId: { __rl: true, mode: 'id', value: '7' }, since: '2025-01-01T00:00:00Z' };
const query = { label_list: 'vip', sla_policy_id: '2', assigned_agent_id: '7', since: '1735689600' };

describe('SLA', () => {
	test('Get Many Missed: Limit stops within the first page', async () => {
		const scope = expectRequest('GET', SLAS, { status: 200, body: { payload: Array.from({ length: 25 }, (_, i) => ({ id: i + 1 })), meta: { count: 40 } } }, requests.sent);
		const run = await executeNode({ parameters: sla('getMany', { limit: 5, appliedSlaFilters: filters }) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0].query).toEqual({ ...query, page: '1' });
		expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5]);
	});

	test('Get Metrics', async () => {
		const metrics = { total_applied_slas: 10, number_of_sla_misses: 2, hit_rate: '80%' };
		const scope = expectRequest('GET', `${SLAS}/metrics`, { status: 200, body: metrics }, requests.sent);
		const run = await executeNode({ parameters: sla('getMetrics', { appliedSlaFilters: filters }) });
		scope.done();
		expect(requests.sent[0].query).toEqual(query);
		expect(run.items.map((item) => item.json)).toEqual([metrics]);
	});

	test('Export Missed: CSV rows as items', async () => {
		const scope = expectRequest('GET', `${SLAS}/download`, { status: 200, body: 'Conversation,Policy\n12,Gold\n', headers: { 'content-type': 'text/csv' } }, requests.sent);
		const run = await executeNode({ parameters: sla('export') });
		scope.done();
		expect(run.items.map((item) => item.json)).toEqual([{ Conversation: '12', Policy: 'Gold' }]);
	});

	test('an unreadable date is refused before anything is sent', async () => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: sla('getMetrics', { appliedSlaFilters: { until: 'soon' } }) });
		expect(run.error?.message).toBe('Until is not a date: "soon"');
		expect(requests.sent).toEqual([]);
	});
});
