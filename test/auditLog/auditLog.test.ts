import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

const LOGS = '/api/v1/accounts/1/audit_logs';
const entries = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i, action: 'update' }));

describe('Audit Log', () => {
	test('Get Many reads pages until total_entries is reached', async () => {
		const scopes = [
			expectRequest('GET', LOGS, { status: 200, body: { per_page: 25, total_entries: 50, current_page: 1, audit_logs: entries(1, 25) } }, requests.sent),
			expectRequest('GET', LOGS, { status: 200, body: { per_page: 25, total_entries: 50, current_page: 2, audit_logs: entries(26, 25) } }, requests.sent),
		];
		const run = await executeNode({ parameters: { resource: 'auditLog', operation: 'getMany', accountId: '1', returnAll: true } });
		scopes.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([{ page: '1' }, { page: '2' }]);
		expect(run.items).toHaveLength(50);
	});

	test('Get Many without the audit log feature gives no items', async () => {
		const scope = expectRequest('GET', LOGS, { status: 200, body: { per_page: 25, total_entries: 0, current_page: 1, audit_logs: [] } }, requests.sent);
		const run = await executeNode({ parameters: { resource: 'auditLog', operation: 'getMany', accountId: '1', returnAll: true } });
		scope.done();
		expect(run.items).toEqual([]);
	});
});
