/**
 * Return All of 10,000 contacts (667 pages of 15) through the ChatWoot node in real n8n, against
 * a raw keep-alive client making the same page requests one after another against the same
 * server. Reports the node's execution time and the raw loop's, min/median/max over --runs, their
 * ratio (target ≤ 1.2), and that n8n asked for exactly as many pages as there are.
 *
 *   npm run bench:return-all [-- --runs 5 --contacts 10000]
 */
import { execFile } from 'child_process';
import { promisify } from 'util';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';

import { runtimeFromEnv } from '../test/e2e/n8n';
import { credential, CREDENTIAL_ID, workflow } from '../test/e2e/workflows';
import { BenchN8n } from './lib/n8nBench';
import { parseArgs, summarize, triple } from './lib/stats';

const TOKEN = 'bench-return-all-token';
const PAGE_SIZE = 15;

/** Pages rendered once up front, so the server costs the same for both clients: a lookup and a write. */
function pagesOf(contacts: number): string[] {
	const pages: string[] = [];
	for (let first = 1; first <= contacts + 1; first += PAGE_SIZE) {
		const payload = [];
		for (let id = first; id < first + PAGE_SIZE && id <= contacts; id++) {
			payload.push({ id, name: `Contact ${id}`, email: `c${id}@example.com`, phone_number: null, identifier: null, custom_attributes: {}, additional_attributes: {}, thumbnail: '', created_at: 1763000000, last_activity_at: null });
		}
		pages.push(JSON.stringify({ meta: { count: contacts, current_page: pages.length + 1 }, payload }));
		if (payload.length < PAGE_SIZE) break;
	}
	return pages;
}

async function pageServer(pages: string[]) {
	let requests = 0;
	const server = createServer((req, res) => {
		requests++;
		const url = new URL(req.url ?? '/', 'http://bench');
		const ok = url.pathname === '/api/v1/accounts/1/contacts' && req.headers['api-access-token'] === TOKEN;
		const page = Number(url.searchParams.get('page') ?? 1);
		res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json; charset=utf-8' });
		res.end(ok ? (pages[page - 1] ?? JSON.stringify({ meta: { count: 0 }, payload: [] })) : '{"error":"Invalid Access Token"}');
	});
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		takeRequests: () => {
			const count = requests;
			requests = 0;
			return count;
		},
		stop: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

async function main() {
	const options = parseArgs(process.argv.slice(2), ['runs', 'contacts', 'n8n']);
	const runs = Number(options.runs ?? 5);
	const contacts = Number(options.contacts ?? 10_000);
	const pages = pagesOf(contacts);
	const server = await pageServer(pages);
	const runtime = runtimeFromEnv();
	const n8n = new BenchN8n(runtime);
	try {
		await n8n.instance.importCredentials([credential(CREDENTIAL_ID, server.url, TOKEN)]);
		await n8n.instance.importWorkflows([
			workflow('benchReturnAll', [
				{
					name: 'ChatWoot',
					type: n8n.instance.nodeType,
					typeVersion: 1,
					parameters: { resource: 'contact', operation: 'getMany', accountId: '1', returnAll: true, options: {} },
					credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
				},
			]),
		]);
		const raw: number[] = [];
		const node: number[] = [];
		const peakRss: number[] = [];
		for (let round = 1; round <= runs; round++) {
			// Asynchronously: the page server answers from this process's event loop.
			const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'lib', 'rawPager.js'), server.url, TOKEN]);
			const rawRun = JSON.parse(stdout) as { ms: number; requests: number; records: number };
			const rawRequests = server.takeRequests();
			if (rawRun.records !== contacts || rawRequests !== pages.length) throw new Error(`raw run ${round}: ${rawRun.records} records in ${rawRequests} requests`);
			raw.push(rawRun.ms);

			const execution = await n8n.executeTimed('benchReturnAll');
			const task = execution.run?.data.resultData.runData.ChatWoot?.[0] as { executionTime?: number; data?: { main: unknown[][] } } | undefined;
			const items = task?.data?.main[0]?.length ?? 0;
			const n8nRequests = server.takeRequests();
			if (execution.exitCode !== 0 || items !== contacts || n8nRequests !== pages.length) {
				throw new Error(`n8n run ${round}: exit ${execution.exitCode}, ${items} items in ${n8nRequests} requests\n${execution.output.slice(-2000)}`);
			}
			node.push(task!.executionTime!);
			if (execution.peakRssMb) peakRss.push(execution.peakRssMb);
			console.log(`run ${round}/${runs}: raw ${(rawRun.ms / 1000).toFixed(3)} s, node ${(task!.executionTime! / 1000).toFixed(3)} s, ${pages.length} requests each`);
		}
		const rawSummary = summarize(raw);
		const nodeSummary = summarize(node);
		console.log(`\nReturn All of ${contacts} contacts (${pages.length} pages of ${PAGE_SIZE}), n8n ${runtime.version}, ${runs} runs`);
		console.log(`raw keep-alive client, s (min / median / max): ${triple(rawSummary, 3, 1 / 1000)}`);
		console.log(`ChatWoot node in n8n, s (min / median / max):  ${triple(nodeSummary, 3, 1 / 1000)}`);
		if (peakRss.length) console.log(`n8n peak RSS, MB (min / median / max):      ${triple(summarize(peakRss), 0)}`);
		const ratio = nodeSummary.median / rawSummary.median;
		console.log(`node / raw (medians): ${ratio.toFixed(2)} (target ≤ 1.2): ${ratio <= 1.2 ? 'met' : 'NOT met'}; requests per run: ${pages.length} = pages`);
	} finally {
		n8n.remove();
		await server.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
