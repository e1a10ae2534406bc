/**
 * Contact Update of N items (default 1,000) through a real n8n against the ChatWoot mock,
 * compared in the same run with a raw keep-alive HTTP client, a minimal declarative node
 * (bench/minimal-node: the floor n8n itself imposes) and @devlikeapro/n8n-nodes-chatwoot.
 * Run it through bench/throughput.sh (npm run bench:throughput), which prepares Node, n8n and
 * the packages. Options: --runs N (3), --items N (1000), --concurrency N (raw client, 16),
 * --only raw,minimal,ours,devlikeapro, --env KEY=VALUE[,KEY=VALUE] (extra n8n environment),
 * --diagnose (one more, instrumented run per node: expressions evaluated per item),
 * --mock light (a server without the test mock's per-request contract check),
 * --n8n VERSION and --build (read by the shell wrapper).
 */
import { execFileSync, spawn } from 'child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

import { createChatWootMock, seedContact } from '../test/mock-chatwoot';
import { runtimeFromEnv } from '../test/e2e/n8n';
import { chatWootUpdate, credential, itemsFrom, workflow } from '../test/e2e/workflows';
import { LightChatWootMock } from './lib/lightMock';
import type { BenchServer } from './lib/lightMock';
import { BenchN8n } from './lib/n8nBench';
import type { TimedExecution } from './lib/n8nBench';
import { ACCOUNT_ID, resetContacts, verifyRequests } from './lib/contactUpdates';
import type { Row } from './lib/contactUpdates';
import { parseArgs, positiveInteger, summarize, table, triple, writeResults } from './lib/stats';
import type { Summary } from './lib/stats';

const ROOT = join(__dirname, '..');
const TOKEN = 'bench-access-token-3f9c';
const TARGETS = { oursOverMinimalAtMost: 1.2, devlikeaproOverOursAtLeast: 3.5 };

type ContenderKey = 'raw' | 'minimal' | 'ours' | 'devlikeapro';
const ALL: ContenderKey[] = ['raw', 'minimal', 'ours', 'devlikeapro'];

interface NodeContender {
	key: Exclude<ContenderKey, 'raw'>;
	label: string;
	workflowId: string;
	nodeName: string;
}

interface RunRecord {
	contender: ContenderKey;
	round: number;
	/** The node's own execution time (runData[node][0].executionTime), or the raw client's loop. */
	nodeMs: number;
	/** The whole process: `n8n execute` start-up to exit, or the raw client's process. */
	wallMs: number;
	/** stoppedAt - startedAt of the execution n8n printed. */
	workflowMs?: number;
	peakRssMb?: number;
	/** CPU used by the benchmark process (the mock) meanwhile. */
	mockCpuMs: number;
	requests: number;
	contractProblems: number;
	itemsOut: number;
}

const fail = (message: string): never => {
	throw new Error(message);
};

const tail = (text: string, length = 3000) => (text.length > length ? `…${text.slice(-length)}` : text);

/** Fails loudly unless n8n exited cleanly and the node output one item per row, none of them an error. */
function verifyExecution(execution: TimedExecution, contender: NodeContender, rows: Row[]) {
	const where = `${contender.label}: n8n execute`;
	if (execution.exitCode !== 0) fail(`${where} exited with ${execution.exitCode}\n${tail(execution.output)}`);
	const run = execution.run ?? fail(`${where} printed no run data\n${tail(execution.output)}`);
	const { error, runData } = run.data.resultData;
	if (error) fail(`${where} failed: ${error.message} ${error.description ?? ''}`);
	const task = runData[contender.nodeName]?.[0] ?? fail(`${where}: no run data for node "${contender.nodeName}"`);
	if (task.error) fail(`${where}: the node failed: ${task.error.message}`);
	const items = task.data?.main[0] ?? [];
	if (items.length !== rows.length) fail(`${where}: the node output ${items.length} items, expected ${rows.length}`);
	const errored = items.filter((item) => item.json.error !== undefined);
	if (errored.length) fail(`${where}: ${errored.length} output items carry an error: ${JSON.stringify(errored[0].json.error)}`);
	const nodeMs = typeof task.executionTime === 'number' ? task.executionTime : fail(`${where}: no executionTime in the run data`);
	const workflowMs =
		run.startedAt && run.stoppedAt ? new Date(run.stoppedAt).getTime() - new Date(run.startedAt).getTime() : undefined;
	return { nodeMs, workflowMs, itemsOut: items.length };
}

function runRawClient(nodeBinary: string, baseUrl: string, concurrency: number, rowsFile: string) {
	return new Promise<{ ms: number; wallMs: number; failures: string[]; hostCpuMs: number }>((resolve, reject) => {
		const started = process.hrtime.bigint();
		const cpuAtStart = process.cpuUsage();
		const child = spawn(nodeBinary, [join(__dirname, 'lib', 'rawClient.js'), baseUrl, TOKEN, String(concurrency), rowsFile]);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(killer);
			const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
			const cpu = process.cpuUsage(cpuAtStart);
			if (code !== 0) return reject(new Error(`raw client exited with ${code}: ${stderr}`));
			const result = JSON.parse(stdout.trim().split('\n').pop()!) as { ms: number; failures: string[] };
			resolve({ ...result, wallMs, hostCpuMs: (cpu.user + cpu.system) / 1000 });
		});
	});
}

/** Whether dist/ was built before the last change to nodes/ or credentials/ (then the figures are for older code). */
function distState() {
	const newest = (dir: string): number =>
		existsSync(dir)
			? Math.max(
					0,
					...readdirSync(dir, { withFileTypes: true }).map((entry) =>
						entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
					),
				)
			: 0;
	const builtAt = statSync(join(ROOT, 'dist', 'nodes', 'ChatWoot', 'ChatWoot.node.js')).mtimeMs;
	const sourcesChangedAt = Math.max(newest(join(ROOT, 'nodes')), newest(join(ROOT, 'credentials')));
	return { builtAt: new Date(builtAt).toISOString(), olderThanSources: builtAt < sourcesChangedAt };
}

interface ExpressionReport {
	total: number;
	totalMs: number;
	byExpression: Array<{ expression: string; count: number }>;
}

function readExpressionReport(base: string): ExpressionReport | undefined {
	const dir = join(base, '..');
	const prefix = base.split('/').pop()!;
	const reports = readdirSync(dir)
		.filter((file) => file.startsWith(`${prefix}.`))
		.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpressionReport);
	return reports.sort((a, b) => b.total - a.total)[0];
}

async function main() {
	const options = parseArgs(process.argv.slice(2), ['runs', 'items', 'concurrency', 'only', 'env', 'mock', 'n8n'], ['diagnose', 'build']);
	const runs = positiveInteger(options.runs, 3, 'runs');
	const itemCount = positiveInteger(options.items, 1000, 'items');
	const concurrency = positiveInteger(options.concurrency, 16, 'concurrency');
	const only = (options.only?.split(',') ?? ALL) as ContenderKey[];
	for (const key of only) if (!ALL.includes(key)) fail(`--only: unknown contender "${key}" (${ALL.join(', ')})`);
	const extraEnv = Object.fromEntries(
		(options.env?.split(',') ?? []).map((pair) => {
			const at = pair.indexOf('=');
			return at > 0 ? [pair.slice(0, at), pair.slice(at + 1)] : fail(`--env: "${pair}" is not KEY=VALUE`);
		}),
	);
	const runtime = runtimeFromEnv();
	if (options.n8n && options.n8n !== runtime.version) fail(`--n8n ${options.n8n}, but the wrapper prepared n8n ${runtime.version}`);
	const devlikeaproDir = process.env.BENCH_DEVLIKEAPRO_DIR ?? fail('BENCH_DEVLIKEAPRO_DIR is not set: run bench/throughput.sh');
	const devlikeaproPackage = join(devlikeaproDir, 'node_modules', '@devlikeapro', 'n8n-nodes-chatwoot');
	const devlikeaproVersion = (JSON.parse(readFileSync(join(devlikeaproPackage, 'package.json'), 'utf8')) as { version: string }).version;
	const n8nNode = execFileSync(runtime.nodeBinary, ['--version'], { encoding: 'utf8' }).trim();
	const n8nEnv = { ...runtime.extraEnv, ...extraEnv };

	const contenders: Record<Exclude<ContenderKey, 'raw'>, NodeContender> = {
		minimal: { key: 'minimal', label: '(b) minimal declarative node', workflowId: 'benchMinimal', nodeName: 'Bench Minimal' },
		ours: { key: 'ours', label: 'n8n-nodes-chatwoot-api (ours)', workflowId: 'benchOurs', nodeName: 'ChatWoot' },
		devlikeapro: {
			key: 'devlikeapro',
			label: `(c) @devlikeapro/n8n-nodes-chatwoot ${devlikeaproVersion}`,
			workflowId: 'benchDevlikeapro',
			nodeName: 'Devlikeapro ChatWoot',
		},
	};
	const labels: Record<ContenderKey, string> = {
		raw: `(a) raw keep-alive client, ${concurrency} sockets`,
		minimal: contenders.minimal.label,
		ours: contenders.ours.label,
		devlikeapro: contenders.devlikeapro.label,
	};

	const rows: Row[] = Array.from({ length: itemCount }, (_, index) => ({ id: index + 1, name: `Bench ${index + 1}` }));
	const mockKind = options.mock ?? 'chatwoot';
	if (!['chatwoot', 'light'].includes(mockKind)) fail(`--mock: "chatwoot" (test/mock-chatwoot, the default) or "light", not "${mockKind}"`);
	const mock: BenchServer = mockKind === 'light' ? new LightChatWootMock() : createChatWootMock();
	mock.addUser({ name: 'Bench Agent', email: 'bench@example.com', accessToken: TOKEN, accountIds: [ACCOUNT_ID] });
	const account = mock.addAccount(ACCOUNT_ID);
	for (const row of rows) seedContact(account, { name: `Contact ${row.id}` });
	const baseUrl = await mock.start();

	console.log(`n8n ${runtime.version} on Node ${n8nNode}${Object.keys(n8nEnv).length ? ` with ${JSON.stringify(n8nEnv)}` : ''}`);
	console.log(`${itemCount} items, ${runs} runs, contenders: ${only.join(', ')}; ${mockKind === 'light' ? 'light mock (bench/lib/lightMock.ts)' : 'ChatWoot mock'} at ${baseUrl} (in this process)`);
	const bench = new BenchN8n(runtime);
	try {
		bench.installPackage(join(ROOT, 'bench', 'minimal-node'));
		bench.installPackage(devlikeaproPackage, join(devlikeaproDir, 'node_modules'));
		await bench.instance.importCredentials([
			credential('benchOurs', baseUrl, TOKEN),
			{ id: 'benchMinimal', name: 'Bench minimal', type: 'benchMinimalChatWootApi', data: { baseUrl, accessToken: TOKEN } },
			{ id: 'benchDevlikeapro', name: 'Bench devlikeapro', type: 'chatwootApi', data: { url: baseUrl, accessToken: TOKEN } },
		]);
		const items = itemsFrom(rows);
		await bench.instance.importWorkflows([
			workflow(contenders.ours.workflowId, [
				...items,
				chatWootUpdate(
					bench.instance.nodeType,
					{ accountId: String(ACCOUNT_ID), contactId: '={{ $json.id }}', updateFields: { name: '={{ $json.name }}' } },
					{ credentialId: 'benchOurs' },
				),
			]),
			workflow(contenders.minimal.workflowId, [
				...items,
				{
					name: contenders.minimal.nodeName,
					type: 'n8n-nodes-bench-minimal.benchMinimal',
					typeVersion: 1,
					parameters: { operation: 'update', accountId: String(ACCOUNT_ID), contactId: '={{ $json.id }}', name: '={{ $json.name }}' },
					credentials: { benchMinimalChatWootApi: { id: 'benchMinimal', name: 'Bench minimal' } },
				},
			]),
			// Its Contact Update sends every body field it has; only Name is set, as for the others.
			workflow(contenders.devlikeapro.workflowId, [
				...items,
				{
					name: contenders.devlikeapro.nodeName,
					type: '@devlikeapro/n8n-nodes-chatwoot.chatWoot',
					typeVersion: 1,
					parameters: {
						resource: 'Contacts',
						operation: 'Contact Update',
						account_id: ACCOUNT_ID,
						id: '={{ $json.id }}',
						name: '={{ $json.name }}',
					},
					credentials: { chatwootApi: { id: 'benchDevlikeapro', name: 'Bench devlikeapro' } },
				},
			]),
		]);
		const rowsFile = join(bench.userFolder, 'rows.json');
		writeFileSync(rowsFile, JSON.stringify(rows));

		const records: RunRecord[] = [];
		const runOne = async (key: ContenderKey, round: number, env: Record<string, string> = extraEnv): Promise<RunRecord> => {
			resetContacts(mock, rows);
			const from = mock.requests.length;
			if (key === 'raw') {
				const result = await runRawClient(runtime.nodeBinary, baseUrl, concurrency, rowsFile);
				if (result.failures.length) fail(`${labels.raw}: ${result.failures.length} requests failed (${result.failures.slice(0, 5).join(', ')})`);
				const counted = verifyRequests(mock, from, rows, TOKEN, labels.raw);
				return { contender: key, round, nodeMs: result.ms, wallMs: result.wallMs, mockCpuMs: result.hostCpuMs, itemsOut: rows.length, ...counted };
			}
			const contender = contenders[key];
			const execution = await bench.executeTimed(contender.workflowId, { extraEnv: env });
			const checked = verifyExecution(execution, contender, rows);
			const counted = verifyRequests(mock, from, rows, TOKEN, contender.label);
			return {
				contender: key,
				round,
				nodeMs: checked.nodeMs,
				wallMs: execution.wallMs,
				workflowMs: checked.workflowMs,
				peakRssMb: execution.peakRssMb,
				mockCpuMs: execution.hostCpuMs,
				itemsOut: checked.itemsOut,
				...counted,
			};
		};

		for (let round = 1; round <= runs; round++) {
			// Rotating the order spreads slow moments of a noisy machine over all contenders.
			const order = only.map((_, index) => only[(index + round - 1) % only.length]);
			for (const key of order) {
				const record = await runOne(key, round);
				records.push(record);
				console.log(
					`  run ${round}/${runs} ${labels[key].padEnd(48)} node ${(record.nodeMs / 1000).toFixed(2)} s, ` +
						`wall ${(record.wallMs / 1000).toFixed(2)} s${record.peakRssMb ? `, peak RSS ${record.peakRssMb.toFixed(0)} MB` : ''}, ` +
						`${record.requests} PUTs verified`,
				);
			}
		}

		const summaries: Partial<Record<ContenderKey, { nodeMs: Summary; wallMs: Summary; itemsPerSecond: Summary; peakRssMb?: Summary; mockCpuMs: Summary; contractProblemsPerRun: number }>> = {};
		for (const key of only) {
			const mine = records.filter((record) => record.contender === key);
			const rss = mine.map((record) => record.peakRssMb).filter((value): value is number => value !== undefined);
			summaries[key] = {
				nodeMs: summarize(mine.map((record) => record.nodeMs)),
				wallMs: summarize(mine.map((record) => record.wallMs)),
				itemsPerSecond: summarize(mine.map((record) => itemCount / (record.nodeMs / 1000))),
				peakRssMb: rss.length ? summarize(rss) : undefined,
				mockCpuMs: summarize(mine.map((record) => record.mockCpuMs)),
				contractProblemsPerRun: mine[0].contractProblems,
			};
		}
		const ratio = (a: ContenderKey, b: ContenderKey, field: 'median' | 'min') =>
			summaries[a] && summaries[b] ? summaries[a]!.nodeMs[field] / summaries[b]!.nodeMs[field] : undefined;
		const ratios = {
			oursOverMinimal: { median: ratio('ours', 'minimal', 'median'), min: ratio('ours', 'minimal', 'min') },
			devlikeaproOverOurs: { median: ratio('devlikeapro', 'ours', 'median'), min: ratio('devlikeapro', 'ours', 'min') },
			oursOverRaw: { median: ratio('ours', 'raw', 'median'), min: ratio('ours', 'raw', 'min') },
		};

		let diagnosis: Record<string, unknown> | undefined;
		if (options.diagnose) {
			diagnosis = {};
			const reportBase = join(bench.userFolder, 'expressions');
			for (const key of only) {
				if (key === 'raw') continue;
				for (const file of readdirSync(bench.userFolder)) if (file.startsWith('expressions.')) rmSync(join(bench.userFolder, file));
				const nodeOptions = [process.env.NODE_OPTIONS, `--require ${join(__dirname, 'lib', 'countExpressions.js')}`].filter(Boolean).join(' ');
				const record = await runOne(key, 0, { ...extraEnv, NODE_OPTIONS: nodeOptions, BENCH_EXPRESSION_REPORT: reportBase });
				const report = readExpressionReport(reportBase) ?? fail(`--diagnose: no expression report from the ${key} run`);
				diagnosis[key] = {
					instrumentedNodeMs: record.nodeMs,
					expressionsPerItem: report.total / itemCount,
					expressionMsPerItem: report.totalMs / itemCount,
					expressionShareOfNodeTime: report.totalMs / record.nodeMs,
					topExpressions: report.byExpression.slice(0, 12),
				};
			}
		}

		const header = ['contender', 'node time s (min / median / max)', 'items/s (median)', 'wall s (min / median / max)', 'peak RSS MB (median)', 'mock CPU s (median)'];
		const tableRows = only.map((key) => {
			const summary = summaries[key]!;
			return [
				labels[key],
				triple(summary.nodeMs, 2, 1 / 1000),
				summary.itemsPerSecond.median.toFixed(0),
				triple(summary.wallMs, 2, 1 / 1000),
				summary.peakRssMb ? summary.peakRssMb.median.toFixed(0) : '-',
				(summary.mockCpuMs.median / 1000).toFixed(2),
			];
		});
		console.log(`\nContact Update, ${itemCount} items, n8n ${runtime.version} (Node ${n8nNode}), ${runs} runs, ${mockKind} mock\n`);
		console.log(table(header, tableRows));
		const show = (value: number) => value.toFixed(2);
		const ratioLine = (title: string, value: { median?: number; min?: number }, target?: { text: string; ok: (v: number) => boolean }) => {
			if (value.median === undefined || value.min === undefined) return;
			const verdict = target ? `, target ${target.text}: ${target.ok(value.median) ? 'met' : 'MISSED'}` : '';
			console.log(`${title.padEnd(26)}${show(value.median)} (medians; mins ${show(value.min)})${verdict}`);
		};
		console.log('');
		ratioLine('ours / (b) minimal:', ratios.oursOverMinimal, {
			text: `≤ ${TARGETS.oursOverMinimalAtMost}`,
			ok: (v) => v <= TARGETS.oursOverMinimalAtMost,
		});
		ratioLine('(c) devlikeapro / ours:', ratios.devlikeaproOverOurs, {
			text: `≥ ${TARGETS.devlikeaproOverOursAtLeast}`,
			ok: (v) => v >= TARGETS.devlikeaproOverOursAtLeast,
		});
		ratioLine('ours / (a) raw client:', ratios.oursOverRaw);
		const contract = only.filter((key) => summaries[key]!.contractProblemsPerRun > 0);
		for (const key of contract) console.log(`note: ${labels[key]} sent ${summaries[key]!.contractProblemsPerRun} requests per run that the contract check flags`);
		if (diagnosis) {
			console.log('\nInstrumented run (not part of the timings): expression evaluations in the n8n process');
			for (const [key, value] of Object.entries(diagnosis) as Array<[ContenderKey, { expressionsPerItem: number; expressionMsPerItem: number; instrumentedNodeMs: number; topExpressions: Array<{ expression: string; count: number }> }]>) {
				console.log(
					`  ${labels[key]}: ${value.expressionsPerItem.toFixed(1)} per item, ${value.expressionMsPerItem.toFixed(2)} ms per item ` +
						`(node ${(value.instrumentedNodeMs / itemCount).toFixed(2)} ms per item)`,
				);
				for (const { expression, count } of value.topExpressions) console.log(`      ${String(count).padStart(6)}  ${expression}`);
			}
		}

		writeResults(ROOT, 'throughput', {
			n8n: { version: runtime.version, node: n8nNode, env: n8nEnv },
			dist: distState(),
			items: itemCount,
			runs,
			rawClient: { concurrency, keepAlive: true, node: n8nNode },
			mock: `${mockKind === 'light' ? 'bench/lib/lightMock.ts' : 'test/mock-chatwoot'}, in the benchmark process; n8n and the raw client are separate processes`,
			contenders: labels,
			devlikeapro: { version: devlikeaproVersion },
			summaries,
			ratios,
			targets: TARGETS,
			diagnosis,
			records,
		});
	} finally {
		await mock.stop();
		bench.remove();
	}
}

main().catch((error: Error) => {
	console.error(`\nBENCHMARK FAILED: ${error.message}`);
	process.exit(1);
});
