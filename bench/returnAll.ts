/**
 * Return All of 10,000 contacts (667 pages of 15) in real n8n: the ChatWoot node against n8n's own
 * HTTP Request node with its Pagination option over the same pages, interleaved in the same run,
 * at each page latency of --latency (the page server waits that long before answering). A raw
 * keep-alive client reads the same pages at 0 ms, as the floor. Every run is verified: exactly
 * the contacts, in order, in exactly one request per page. Reports node execution times
 * (min/median/max), ours / HTTP Request per round, and each n8n process's peak RSS growth over a
 * baseline run of the same workflow reading one page.
 *
 *   npm run bench:return-all [-- --runs 5 --contacts 10000 --latency 0,50]
 */
import { execFile } from 'child_process';
import { promisify } from 'util';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';

import { runtimeFromEnv } from '../test/e2e/n8n';
import { credential, CREDENTIAL_ID, workflow } from '../test/e2e/workflows';
import { BenchN8n } from './lib/n8nBench';
import type { TimedExecution } from './lib/n8nBench';
import { parseArgs, positiveInteger, summarize, table, triple, writeResults } from './lib/stats';
import type { Summary } from './lib/stats';

const ROOT = join(__dirname, '..');
const TOKEN = 'bench-return-all-token';
const PAGE_SIZE = 15;
/** The account the benchmark lists; the baseline account holds one page (fewer than 15 contacts). */
const ACCOUNT = 1;
const BASELINE_ACCOUNT = 2;
const BASELINE_CONTACTS = 10;
const HEADER_CREDENTIAL_ID = 'benchHeaderAuth';
/** ChatWoot's limit per IP (rack_attack.rb `req/ip`): a run must stay under it to be realistic. */
const REQUESTS_PER_MINUTE = 3000;

/** Pages rendered once up front, so the server costs the same for every client: a lookup and a write. */
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

/**
 * The contacts pages of both accounts, each answer held back `latency` ms. Counts the requests,
 * the most in flight at once and the most started within any 60 s.
 */
async function pageServer(pagesByAccount: Record<number, string[]>) {
	let requests = 0;
	let inFlight = 0;
	let mostInFlight = 0;
	let starts: number[] = [];
	let latency = 0;
	const server = createServer((req, res) => {
		requests++;
		starts.push(Date.now());
		mostInFlight = Math.max(mostInFlight, ++inFlight);
		const url = new URL(req.url ?? '/', 'http://bench');
		const account = /^\/api\/v1\/accounts\/(\d+)\/contacts$/.exec(url.pathname)?.[1];
		const pages = account === undefined ? undefined : pagesByAccount[Number(account)];
		const ok = pages !== undefined && req.headers['api-access-token'] === TOKEN;
		const page = Number(url.searchParams.get('page') ?? 1);
		const answer = () => {
			inFlight--;
			res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json; charset=utf-8' });
			res.end(ok ? (pages[page - 1] ?? JSON.stringify({ meta: { count: 0 }, payload: [] })) : '{"error":"Invalid Access Token"}');
		};
		if (latency > 0) setTimeout(answer, latency);
		else answer();
	});
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		setLatency: (ms: number) => {
			latency = ms;
		},
		take: () => {
			let mostPerMinute = 0;
			for (let first = 0, last = 0; last < starts.length; last++) {
				while (starts[last] - starts[first] >= 60_000) first++;
				mostPerMinute = Math.max(mostPerMinute, last - first + 1);
			}
			const counts = { requests, mostInFlight, mostPerMinute };
			requests = 0;
			mostInFlight = 0;
			starts = [];
			return counts;
		},
		stop: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

type Contender = 'ours' | 'httpRequest';
const NODE_NAME: Record<Contender, string> = { ours: 'ChatWoot', httpRequest: 'HTTP Request' };
const LABEL: Record<Contender, string> = { ours: 'ChatWoot node (ours)', httpRequest: 'HTTP Request node, Pagination' };

function chatWootGetMany(nodeType: string, account: number) {
	return {
		name: NODE_NAME.ours,
		type: nodeType,
		typeVersion: 1,
		parameters: { resource: 'contact', operation: 'getMany', accountId: String(account), returnAll: true, options: {} },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
	};
}

/**
 * What a user would build with n8n's HTTP Request node (v4.2): the same GET with the token as a
 * Header Auth credential, Pagination → Update a Parameter in Each Request (`page` =
 * `$pageCount + 1`), complete when a page holds fewer than 15 contacts. One item per page.
 */
function httpRequestGetMany(baseUrl: string, account: number) {
	return {
		name: NODE_NAME.httpRequest,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url: `${baseUrl}/api/v1/accounts/${account}/contacts`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }] },
						paginationCompleteWhen: 'other',
						completeExpression: `={{ $response.body.payload.length < ${PAGE_SIZE} }}`,
					},
				},
			},
		},
		credentials: { httpHeaderAuth: { id: HEADER_CREDENTIAL_ID, name: 'Bench header auth' } },
	};
}

const workflowId = (contender: Contender, baseline: boolean) => `benchReturnAll${contender === 'ours' ? 'Ours' : 'Http'}${baseline ? 'Baseline' : ''}`;

/** The contact ids the node output, in output order: ours one item per contact, HTTP Request one per page. */
function outputIds(contender: Contender, execution: TimedExecution): { ids: number[]; items: number; executionTime?: number } {
	const task = execution.run?.data.resultData.runData[NODE_NAME[contender]]?.[0] as
		| { executionTime?: number; data?: { main: Array<Array<{ json: { id?: number; payload?: Array<{ id: number }> } }>> } }
		| undefined;
	const items = task?.data?.main[0] ?? [];
	const ids = contender === 'ours' ? items.map((item) => Number(item.json.id)) : items.flatMap((item) => (item.json.payload ?? []).map((record) => record.id));
	return { ids, items: items.length, executionTime: task?.executionTime };
}

/** n8n exited 0 and printed an execution without error. */
const finished = (execution: TimedExecution) => execution.exitCode === 0 && execution.run !== undefined && !execution.run.data.resultData.error;

interface Measured {
	ms: number[];
	peakRssMb: number[];
	requests: number;
	mostInFlight: number[];
	mostPerMinute: number[];
}

async function main() {
	const options = parseArgs(process.argv.slice(2), ['runs', 'contacts', 'latency', 'n8n'], ['build']);
	const runs = positiveInteger(options.runs, 5, 'runs');
	const contacts = positiveInteger(options.contacts, 10_000, 'contacts');
	const latencies = (options.latency ?? '0,50').split(',').map((ms) => {
		const value = Number(ms);
		if (!Number.isInteger(value) || value < 0) throw new Error(`--latency takes milliseconds (0,50), not "${options.latency}"`);
		return value;
	});
	const pages = pagesOf(contacts);
	const baselinePages = pagesOf(BASELINE_CONTACTS);
	const server = await pageServer({ [ACCOUNT]: pages, [BASELINE_ACCOUNT]: baselinePages });
	const runtime = runtimeFromEnv();
	const n8n = new BenchN8n(runtime);
	const contenders: Contender[] = ['ours', 'httpRequest'];
	try {
		await n8n.instance.importCredentials([
			credential(CREDENTIAL_ID, server.url, TOKEN),
			{ id: HEADER_CREDENTIAL_ID, name: 'Bench header auth', type: 'httpHeaderAuth', data: { name: 'Api-Access-Token', value: TOKEN } },
		]);
		await n8n.instance.importWorkflows([
			workflow(workflowId('ours', false), [chatWootGetMany(n8n.instance.nodeType, ACCOUNT)]),
			workflow(workflowId('ours', true), [chatWootGetMany(n8n.instance.nodeType, BASELINE_ACCOUNT)]),
			workflow(workflowId('httpRequest', false), [httpRequestGetMany(server.url, ACCOUNT)]),
			workflow(workflowId('httpRequest', true), [httpRequestGetMany(server.url, BASELINE_ACCOUNT)]),
		]);

		/** One verified n8n run: the contacts in order, one request per page. */
		const runNode = async (contender: Contender, baseline: boolean, label: string) => {
			const expected = baseline ? BASELINE_CONTACTS : contacts;
			const expectedRequests = baseline ? baselinePages.length : pages.length;
			let execution = await n8n.executeTimed(workflowId(contender, baseline), { outputToFile: true });
			let counts = server.take();
			// On this busy machine n8n has crashed after printing (SIGSEGV on exit): such a run is repeated, at most twice.
			for (let repeat = 1; repeat <= 2 && !finished(execution); repeat++) {
				console.log(`${label}: n8n exited ${execution.exitCode} with ${execution.run ? 'its run printed' : 'no run printed'}; run again`);
				execution = await n8n.executeTimed(workflowId(contender, baseline), { outputToFile: true });
				counts = server.take();
			}
			const { ids, items, executionTime } = outputIds(contender, execution);
			const inOrder = ids.every((id, index) => id === index + 1);
			if (!finished(execution) || ids.length !== expected || !inOrder || counts.requests !== expectedRequests || executionTime === undefined) {
				throw new Error(
					`${label}: exit ${execution.exitCode}, ${ids.length} contacts (${inOrder ? 'in order' : 'out of order'}, ${items} items) in ${counts.requests} requests; expected ${expected} in ${expectedRequests}\n${execution.output.slice(-2000)}`,
				);
			}
			if (counts.mostPerMinute > REQUESTS_PER_MINUTE) throw new Error(`${label}: ${counts.mostPerMinute} requests within a minute, over ChatWoot's ${REQUESTS_PER_MINUTE}`);
			return { ms: executionTime, peakRssMb: execution.peakRssMb, ...counts };
		};

		const raw: number[] = [];
		const baselineRss: Record<Contender, number[]> = { ours: [], httpRequest: [] };
		const measured: Record<number, Record<Contender, Measured>> = {};
		for (const latency of latencies) {
			measured[latency] = {
				ours: { ms: [], peakRssMb: [], requests: pages.length, mostInFlight: [], mostPerMinute: [] },
				httpRequest: { ms: [], peakRssMb: [], requests: pages.length, mostInFlight: [], mostPerMinute: [] },
			};
		}
		for (let round = 1; round <= runs; round++) {
			// The order rotates each round, so a slow moment of the machine does not land on one contender only.
			const order = round % 2 ? contenders : [...contenders].reverse();
			server.setLatency(0);
			for (const contender of order) {
				const baseline = await runNode(contender, true, `${contender} baseline, run ${round}`);
				if (baseline.peakRssMb !== undefined) baselineRss[contender].push(baseline.peakRssMb);
			}
			// Asynchronously: the page server answers from this process's event loop.
			const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'lib', 'rawPager.js'), server.url, TOKEN]);
			const rawRun = JSON.parse(stdout) as { ms: number; requests: number; records: number };
			const rawRequests = server.take().requests;
			if (rawRun.records !== contacts || rawRequests !== pages.length) throw new Error(`raw run ${round}: ${rawRun.records} records in ${rawRequests} requests`);
			raw.push(rawRun.ms);
			for (const latency of latencies) {
				server.setLatency(latency);
				const line: string[] = [];
				for (const contender of order) {
					const run = await runNode(contender, false, `${contender} at ${latency} ms, run ${round}`);
					const into = measured[latency][contender];
					into.ms.push(run.ms);
					if (run.peakRssMb !== undefined) into.peakRssMb.push(run.peakRssMb);
					into.mostInFlight.push(run.mostInFlight);
					into.mostPerMinute.push(run.mostPerMinute);
					line.push(`${contender} ${(run.ms / 1000).toFixed(3)} s (${run.mostInFlight} in flight)`);
				}
				console.log(`run ${round}/${runs}, ${latency} ms a page: ${line.join(', ')}`);
			}
		}

		const seconds = (summary: Summary) => triple(summary, 3, 1 / 1000);
		const rows: string[][] = [];
		const results: Record<string, unknown> = { contacts, pages: pages.length, runs, latencies, rawMs: summarize(raw) };
		rows.push(['raw keep-alive client, one page after another', '0', seconds(summarize(raw)), '', '', '']);
		for (const latency of latencies) {
			const ratios = measured[latency].ours.ms.map((ms, index) => ms / measured[latency].httpRequest.ms[index]);
			results[`latency${latency}`] = { ...measured[latency], oursOverHttpRequest: summarize(ratios) };
			for (const contender of contenders) {
				const { ms, peakRssMb, mostInFlight } = measured[latency][contender];
				const growth = peakRssMb.map((peak, index) => peak - baselineRss[contender][index]);
				rows.push([
					LABEL[contender],
					String(latency),
					seconds(summarize(ms)),
					contender === 'ours' ? triple(summarize(ratios), 2) : '',
					growth.length === runs ? triple(summarize(growth), 1) : 'unreadable',
					String(Math.max(...mostInFlight)),
				]);
			}
		}
		console.log(`\nReturn All of ${contacts} contacts (${pages.length} pages of ${PAGE_SIZE}, ${pages.length} requests per run, checked), n8n ${runtime.version}, ${runs} runs`);
		console.log(
			table(['contender', 'ms a page', 'node time s, min / median / max', 'ours / HTTP Request per round', 'peak RSS growth MB (vs 1 page)', 'most in flight'], rows),
		);
		for (const contender of contenders) results[`baselinePeakRssMb_${contender}`] = baselineRss[contender].length ? summarize(baselineRss[contender]) : undefined;
		writeResults(ROOT, 'return-all', results);
	} finally {
		n8n.remove();
		await server.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
