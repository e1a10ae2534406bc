import { table } from '../auth';
import type { Route, RouteContext } from '../server';

/**
 * The agent summary report (`summary_reports/agent`): since and until are unix seconds; the
 * rows are what tests seed with `seedAgentSummary`, one per agent.
 */

type Row = Record<string, unknown>;

export function seedAgentSummary(account: Parameters<typeof table>[0], rows: Row[]): void {
	const summaries = table<Row>(account, 'agentSummaries');
	rows.forEach((row) => summaries.set(Number(row.id), row));
}

function agentSummary({ request, account }: RouteContext) {
	const { since, until } = request.query;
	if (!/^\d+$/.test(since ?? '') || !/^\d+$/.test(until ?? '')) {
		return { status: 422, body: { error: 'since and until must be unix timestamps' } };
	}
	return { status: 200, body: [...table<Row>(account!, 'agentSummaries').values()] };
}

export const reportRoutes = (): Route[] => [
	{ methods: ['GET'], path: '/api/v2/accounts/:account_id/summary_reports/agent', scope: 'account', handle: agentSummary },
];
