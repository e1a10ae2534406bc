/**
 * The work the Contact Update benchmarks (throughput.ts, queue.ts) give n8n and how they check it
 * was done: one PUT per row, with the row's name and the token, every contact renamed once.
 */
import type { BenchServer } from './lightMock';

export const ACCOUNT_ID = 1;
const CONTACT_PATH = /^\/api\/v1\/accounts\/1\/contacts\/(\d+)$/;

export interface Row {
	id: number;
	name: string;
}

/** Puts every contact's name back, so each run has to change all of them again. */
export function resetContacts(mock: BenchServer, rows: Row[]): void {
	const account = mock.accounts.get(ACCOUNT_ID)!;
	for (const row of rows) account.contacts.get(row.id)!.name = `Contact ${row.id}`;
}

/**
 * Throws unless exactly one authenticated PUT per row reached the mock since request number
 * `from`, each with the row's name, and every contact now has that name (nothing lost, nothing
 * sent twice). Returns what it counted.
 */
export function verifyRequests(mock: BenchServer, from: number, rows: Row[], token: string, label: string) {
	const requests = mock.requests.slice(from);
	const puts = requests.filter((request) => request.method === 'PUT' && CONTACT_PATH.test(request.path));
	const problems: string[] = [];
	if (puts.length !== rows.length) problems.push(`${puts.length} PUT requests reached the mock, expected ${rows.length}`);
	if (requests.length !== puts.length) problems.push(`${requests.length - puts.length} other requests reached the mock`);
	const expected = new Map(rows.map((row) => [row.id, row.name]));
	const seen = new Set<number>();
	for (const request of puts) {
		const id = Number(CONTACT_PATH.exec(request.path)![1]);
		seen.add(id);
		const name = (request.body as { name?: unknown } | undefined)?.name;
		if (name !== expected.get(id)) problems.push(`contact ${id} was sent name ${JSON.stringify(name)}`);
		const sentToken = request.headers['api-access-token'] ?? request.headers.api_access_token;
		if (sentToken !== token) problems.push(`contact ${id} was sent without the access token`);
	}
	if (seen.size !== rows.length) problems.push(`${seen.size} distinct contacts were updated, expected ${rows.length}`);
	const account = mock.accounts.get(ACCOUNT_ID)!;
	const unchanged = rows.filter((row) => account.contacts.get(row.id)!.name !== row.name);
	if (unchanged.length) problems.push(`${unchanged.length} contacts do not have their new name (first: ${unchanged[0].id})`);
	if (problems.length) throw new Error(`${label}: the run did not do the work.\n  ${problems.slice(0, 10).join('\n  ')}`);
	return { requests: puts.length, contractProblems: puts.reduce((sum, request) => sum + request.contractProblems.length, 0) };
}
