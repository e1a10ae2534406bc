/**
 * Queue mode throughput: N Contact Updates (--items, 10,000) split over many executions
 * (--executions, 100), each started by a POST to a Webhook workflow at n8n's webhook process and
 * run by the workers, once with one worker and once with two (--runs rounds, the order rotating),
 * against the ChatWoot mock (bench/lib/lightMock.ts, in this process). The cluster is
 * test/e2e/queueCluster.ts: PostgreSQL, Redis, main, webhook process, workers.
 * Each run is checked: every contact updated exactly once with its row's name, every execution
 * saved as successful, none retried; the CPU each process used tells where the time went.
 * Run it through bench/queue.sh (npm run bench:queue). Options: --runs N (3), --items N (10000),
 * --executions N (100), --concurrency N (executions per worker at once, n8n's default 10),
 * --n8n VERSION and --build (read by the shell wrapper).
 *
 * --kill-worker: one run on two workers, one of them SIGKILLed (with its task runner) once 30%
 * of the executions succeeded; then reported: what n8n did with the executions the dead worker
 * held (their status in PostgreSQL, their Bull jobs in Redis) and how many PUTs each contact got.
 */
import { execFileSync, spawnSync } from 'child_process';
import { constants, cpus } from 'os';
import { join } from 'path';

import { seedContact } from '../test/mock-chatwoot';
import { runtimeFromEnv } from '../test/e2e/n8n';
import { QueueCluster, waitFor } from '../test/e2e/queueCluster';
import type { Service } from '../test/e2e/queueCluster';
import { chatWootUpdate, credential, triggeredWorkflow } from '../test/e2e/workflows';
import { ACCOUNT_ID, resetContacts, verifyRequests } from './lib/contactUpdates';
import type { Row } from './lib/contactUpdates';
import { LightChatWootMock } from './lib/lightMock';
import { n8nPid } from './lib/processes';
import { parseArgs, positiveInteger, summarize, table, triple, writeResults } from './lib/stats';
import type { Summary } from './lib/stats';

const ROOT = join(__dirname, '..');
const TOKEN = 'bench-queue-token-7d21';
const WORKFLOW_ID = 'benchQueue';
const WEBHOOK_PATH = 'bench-queue';
/** POSTs in flight at once: ChatWoot-like senders, not a flood the webhook process must queue itself. */
const SENDERS = 10;
const WORKER_COUNTS = [1, 2];

interface RunRecord {
	workers: number;
	round: number;
	/** From the first POST to the last execution's stoppedAt (as saved in PostgreSQL). */
	wallMs: number;
	itemsPerSecond: number;
	/** Executions each worker finished (its log lines), in start order. */
	executionsPerWorker: number[];
	/** CPU seconds each part used during the run. */
	cpuSeconds: Record<string, number>;
}

const fail = (message: string): never => {
	throw new Error(message);
};

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/** `count` batches whose sizes differ by one at most: exactly one execution each. */
function split<T>(list: T[], count: number): T[][] {
	return Array.from({ length: count }, (_, index) => list.slice(Math.floor((index * list.length) / count), Math.floor(((index + 1) * list.length) / count)));
}

/** POSTs each batch to the workflow's production webhook, SENDERS at a time; every answer must be 200. */
async function postBatches(url: string, batches: Row[][]): Promise<void> {
	let next = 0;
	const sender = async () => {
		while (next < batches.length) {
			const batch = batches[next++];
			const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rows: batch }) });
			if (response.status !== 200) fail(`the webhook answered ${response.status}: ${await response.text()}`);
		}
	};
	await Promise.all(Array.from({ length: SENDERS }, sender));
}

interface ExecutionCounts {
	total: number;
	succeeded: number;
	failed: number;
	retries: number;
	startedAtMs: number;
	stoppedAtMs: number;
}

function executionsAfter(cluster: QueueCluster, lastId: number): ExecutionCounts {
	const [row] = cluster.sql(
		`SELECT count(*), count(*) FILTER (WHERE status = 'success'), count(*) FILTER (WHERE status IN ('error', 'crashed', 'canceled')), ` +
			`count(*) FILTER (WHERE "retryOf" IS NOT NULL), coalesce(extract(epoch FROM min("startedAt")) * 1000, 0), ` +
			`coalesce(extract(epoch FROM max("stoppedAt")) * 1000, 0) FROM execution_entity WHERE id > ${lastId} AND "workflowId" = '${WORKFLOW_ID}'`,
	);
	const [total, succeeded, failed, retries, startedAtMs, stoppedAtMs] = row.split('\t').map(Number);
	return { total, succeeded, failed, retries, startedAtMs, stoppedAtMs };
}

const lastExecutionId = (cluster: QueueCluster) => Number(cluster.sql('SELECT coalesce(max(id), 0) FROM execution_entity')[0]);

/** Executions a worker has finished, from its log (at info, N8nInstance's level). */
const finishedCount = (worker: Service) => (worker.output.match(/Worker finished execution/g) ?? []).length;

/**
 * One-item executions until every worker has run one, so that no worker loads the package or
 * compiles its code while the clock runs. (Redis hands jobs to whichever worker asks first.)
 */
async function warmUp(cluster: QueueCluster, url: string, workers: Service[], rows: Row[]): Promise<void> {
	for (let attempt = 1; workers.some((worker) => finishedCount(worker) === 0); attempt++) {
		if (attempt > 10) fail(`a worker ran none of ${(attempt - 1) * workers.length * 2} warm-up executions`);
		const lastId = lastExecutionId(cluster);
		const batches = rows.slice(0, workers.length * 2).map((row) => [row]);
		await postBatches(url, batches);
		await waitFor(
			'the warm-up executions',
			() => {
				const now = executionsAfter(cluster, lastId);
				if (now.failed) fail(`${now.failed} warm-up executions failed; see the worker logs`);
				return now.succeeded >= batches.length;
			},
			cluster.services,
		);
	}
}

async function main() {
	const options = parseArgs(process.argv.slice(2), ['runs', 'items', 'executions', 'concurrency', 'n8n'], ['build', 'kill-worker']);
	const runs = positiveInteger(options.runs, 3, 'runs');
	const itemCount = positiveInteger(options.items, 10_000, 'items');
	const executionCount = positiveInteger(options.executions, 100, 'executions');
	const concurrency = positiveInteger(options.concurrency, 10, 'concurrency');
	if (executionCount > itemCount) fail('--executions cannot exceed --items');
	const runtime = runtimeFromEnv();
	if (options.n8n && options.n8n !== runtime.version) fail(`--n8n ${options.n8n}, but the wrapper prepared n8n ${runtime.version}`);
	const n8nNode = execFileSync(runtime.nodeBinary, ['--version'], { encoding: 'utf8' }).trim();

	const rows: Row[] = Array.from({ length: itemCount }, (_, index) => ({ id: index + 1, name: `Contact ${index + 1}` }));
	const mock = new LightChatWootMock();
	mock.addUser({ name: 'Bench Agent', email: 'bench@example.com', accessToken: TOKEN, accountIds: [ACCOUNT_ID] });
	const account = mock.addAccount(ACCOUNT_ID);
	for (const row of rows) seedContact(account, { name: row.name });
	const baseUrl = await mock.start();

	const cluster = new QueueCluster(runtime);
	// The cluster's processes run detached: Ctrl+C must stop them too, n8n before its databases.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			console.error(`\n${signal}: stopping n8n, Redis and PostgreSQL`);
			void Promise.all([cluster.stop(), mock.stop()]).finally(() => process.exit(128 + constants.signals[signal]));
		});
	}
	try {
		await cluster.startDatabases();
		const { n8n } = cluster;
		await n8n.importCredentials([credential('benchQueue', baseUrl, TOKEN)]);
		await n8n.importWorkflows([
			triggeredWorkflow(
				WORKFLOW_ID,
				{
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: '3b1f6c2e-7a4d-4c1b-9e2f-5d6a7b8c9d0e',
					parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'onReceived', options: {} },
				},
				{ name: 'One Item Per Row', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'body.rows', options: {} } },
				chatWootUpdate(n8n.nodeType, { accountId: String(ACCOUNT_ID), contactId: '={{ $json.id }}', updateFields: { name: '={{ $json.name }}' } }, { credentialId: 'benchQueue' }),
			),
		]);
		await n8n.activateWorkflows([WORKFLOW_ID]);
		// n8n looks for executions whose job is gone every 180 minutes by default: every minute here, to see what it does.
		await cluster.startMainAndWebhook(options['kill-worker'] ? { N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '1' } : {});
		const url = `${cluster.webhookUrl}webhook/${WEBHOOK_PATH}`;
		if (options['kill-worker']) {
			await killOneWorker(cluster, mock, url, rows, executionCount, concurrency);
			return;
		}

		console.log(
			`n8n ${runtime.version} (Node ${n8nNode}) in queue mode on ${cpus().length} cores: ${itemCount} Contact Updates in ${executionCount} executions ` +
				`(${SENDERS} POSTs in flight), ${concurrency} executions per worker at once, ${runs} rounds; light mock at ${baseUrl} (this process)`,
		);

		const records: RunRecord[] = [];
		const runOne = async (workerCount: number, round: number): Promise<RunRecord> => {
			const workers: Service[] = [];
			for (let index = 1; index <= workerCount; index++) workers.push(await cluster.startWorker(`n8n worker ${index}`, concurrency));
			try {
				await warmUp(cluster, url, workers, rows);
				resetContacts(mock, rows);
				const marked = rows.map((row) => ({ id: row.id, name: `${row.name} r${round}w${workerCount}` }));
				const from = mock.requests.length;
				const lastId = lastExecutionId(cluster);
				const finishedBefore = workers.map(finishedCount);
				const cpuBefore = cpuOf(cluster);
				const startedAt = Date.now();
				await postBatches(url, split(marked, executionCount));
				const counts = await waitFor(
					`${executionCount} executions`,
					() => {
						const now = executionsAfter(cluster, lastId);
						if (now.failed) fail(`${now.failed} executions failed; see the worker logs`);
						return now.succeeded === executionCount ? now : undefined;
					},
					cluster.services,
					1_800_000,
				);
				const cpuSeconds = cpuDelta(cpuBefore, cpuOf(cluster));
				// Late duplicates (a job run twice) would arrive after the last execution: give them time.
				await sleep(2000);
				const after = executionsAfter(cluster, lastId);
				if (after.total !== executionCount) fail(`${after.total} executions were saved, expected ${executionCount}`);
				if (after.retries) fail(`${after.retries} executions were retries`);
				verifyRequests(mock, from, marked, TOKEN, `${workerCount} worker(s), round ${round}`);
				const wallMs = counts.stoppedAtMs - startedAt;
				return { workers: workerCount, round, wallMs, itemsPerSecond: itemCount / (wallMs / 1000), executionsPerWorker: workers.map((worker, index) => finishedCount(worker) - finishedBefore[index]), cpuSeconds };
			} finally {
				for (const worker of workers) await cluster.stopWorker(worker);
			}
		};

		for (let round = 1; round <= runs; round++) {
			const order = round % 2 ? WORKER_COUNTS : [...WORKER_COUNTS].reverse();
			for (const workerCount of order) {
				const record = await runOne(workerCount, round);
				records.push(record);
				console.log(
					`  round ${round}/${runs}, ${workerCount} worker${workerCount > 1 ? 's' : ' '}: ${(record.wallMs / 1000).toFixed(1)} s, ` +
						`${record.itemsPerSecond.toFixed(0)} items/s, executions per worker ${record.executionsPerWorker.join('+')}, ` +
						`CPU s ${Object.entries(record.cpuSeconds).map(([part, seconds]) => `${part} ${seconds.toFixed(1)}`).join(', ')}; ${itemCount} PUTs verified`,
				);
			}
		}

		const summaries = Object.fromEntries(
			WORKER_COUNTS.map((workerCount) => {
				const mine = records.filter((record) => record.workers === workerCount);
				const parts = Object.keys(mine[0].cpuSeconds);
				return [
					workerCount,
					{
						wallMs: summarize(mine.map((record) => record.wallMs)),
						itemsPerSecond: summarize(mine.map((record) => record.itemsPerSecond)),
						cpuSeconds: Object.fromEntries(parts.map((part) => [part, summarize(mine.map((record) => record.cpuSeconds[part]))])),
						/** Share of the machine's cores busy during the run (all parts' CPU / (cores × wall)). */
						coresBusy: summarize(mine.map((record) => Object.values(record.cpuSeconds).reduce((sum, seconds) => sum + seconds, 0) / (record.wallMs / 1000))),
					},
				];
			}),
		) as Record<number, { wallMs: Summary; itemsPerSecond: Summary; cpuSeconds: Record<string, Summary>; coresBusy: Summary }>;
		const perRound = Array.from({ length: runs }, (_, index) => {
			const of = (workerCount: number) => records.find((record) => record.round === index + 1 && record.workers === workerCount)!;
			return of(2).itemsPerSecond / of(1).itemsPerSecond;
		});
		const scaling = summarize(perRound);

		console.log(`\n${itemCount} Contact Updates in ${executionCount} executions, n8n ${runtime.version} queue mode, ${runs} rounds\n`);
		const parts = Object.keys(summaries[1].cpuSeconds);
		console.log(
			table(
				['workers', 'wall s (min / median / max)', 'items/s (min / median / max)', 'cores busy (median)', ...parts.map((part) => `${part} CPU s`)],
				WORKER_COUNTS.map((workerCount) => {
					const summary = summaries[workerCount];
					return [
						String(workerCount),
						triple(summary.wallMs, 1, 1 / 1000),
						triple(summary.itemsPerSecond, 0),
						summary.coresBusy.median.toFixed(2),
						...parts.map((part) => summary.cpuSeconds[part].median.toFixed(1)),
					];
				}),
			),
		);
		console.log(`\nscaling, two workers / one (items/s per round): ${triple(scaling, 2)} (min / median / max)`);
		console.log('every run: each contact updated exactly once with its name, every execution saved as successful, no retries');

		writeResults(ROOT, 'queue', {
			n8n: { version: runtime.version, node: n8nNode },
			items: itemCount,
			executions: executionCount,
			workerConcurrency: concurrency,
			senders: SENDERS,
			runs,
			mock: 'bench/lib/lightMock.ts, in the benchmark process',
			summaries,
			scaling,
			records,
		});
	} finally {
		await cluster.stop();
		await mock.stop();
	}
}

/** The share of executions that succeed before one worker is killed. */
const KILL_AFTER = 0.3;

/** Executions a worker's log says it started and did not finish. */
function heldBy(worker: Service): number[] {
	const ids = (pattern: RegExp) => new Set([...worker.output.matchAll(pattern)].map((match) => Number(match[1])));
	const finished = ids(/Worker finished execution (\d+)/g);
	return [...ids(/Worker started execution (\d+)/g)].filter((id) => !finished.has(id));
}

/** The jobs Bull moved to its failed set, with why, read in Redis. */
function failedJobs(cluster: QueueCluster): Array<{ executionId: number; reason: string }> {
	const redis = (...args: string[]) =>
		spawnSync('redis-cli', ['-p', cluster.n8n.queueEnv.QUEUE_BULL_REDIS_PORT, '--raw', ...args], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
	return redis('ZRANGE', 'bull:jobs:failed', '0', '-1').map((jobId) => {
		const [data, reason] = redis('HMGET', `bull:jobs:${jobId}`, 'data', 'failedReason');
		return { executionId: Number((JSON.parse(data) as { executionId: string }).executionId), reason };
	});
}

const statusesAfter = (cluster: QueueCluster, lastId: number): Record<string, number> =>
	Object.fromEntries(
		cluster.sql(`SELECT status, count(*) FROM execution_entity WHERE id > ${lastId} AND "workflowId" = '${WORKFLOW_ID}' GROUP BY status ORDER BY status`).map((line) => {
			const [status, count] = line.split('\t');
			return [status, Number(count)];
		}),
	);

/**
 * Two workers; once KILL_AFTER of the executions succeeded, the second dies as in an OOM kill or a
 * lost machine (SIGKILL to its process group). Waits until n8n has settled every execution, then
 * reports what n8n did with the dead worker's executions and how many PUTs each contact got.
 */
async function killOneWorker(cluster: QueueCluster, mock: LightChatWootMock, url: string, rows: Row[], executionCount: number, concurrency: number): Promise<void> {
	const marker = (index: number) => ({ BENCH_WORKER: String(index) });
	const workers = [await cluster.startWorker('n8n worker 1', concurrency, marker(1)), await cluster.startWorker('n8n worker 2', concurrency, marker(2))];
	await warmUp(cluster, url, workers, rows);
	resetContacts(mock, rows);
	const marked = rows.map((row) => ({ id: row.id, name: `${row.name} killed` }));
	const from = mock.requests.length;
	const lastId = lastExecutionId(cluster);
	const posting = postBatches(url, split(marked, executionCount));

	await waitFor('30% of the executions', () => executionsAfter(cluster, lastId).succeeded >= executionCount * KILL_AFTER, cluster.services, 1_800_000);
	const victim = workers[1];
	process.kill(-n8nPid('worker', 'BENCH_WORKER=2'), 'SIGKILL');
	const killedAt = Date.now();
	await waitFor('the killed worker to exit', () => victim.exited);
	const held = heldBy(victim);
	const atKill = statusesAfter(cluster, lastId);
	// waitFor stops on a dead service: the killed worker is meant to be dead.
	await cluster.stopWorker(victim);
	console.log(`worker 2 SIGKILLed ${held.length ? `holding executions ${held.join(', ')}` : 'holding no execution'}; statuses then: ${JSON.stringify(atKill)}`);
	await posting;

	const timeline: Record<string, number> = {};
	const settled = await waitFor(
		'n8n to settle every execution',
		() => {
			const statuses = statusesAfter(cluster, lastId);
			const seconds = (Date.now() - killedAt) / 1000;
			const failed = failedJobs(cluster).filter((job) => held.includes(job.executionId));
			if (failed.length === held.length) timeline.jobsFailed ??= seconds;
			if ((statuses.crashed ?? 0) >= held.length) timeline.executionsCrashed ??= seconds;
			const total = Object.values(statuses).reduce((sum, count) => sum + count, 0);
			return total === executionCount && !statuses.running && !statuses.new ? statuses : undefined;
		},
		cluster.services,
		900_000,
	);
	const jobs = failedJobs(cluster);
	const retries = executionsAfter(cluster, lastId).retries;

	// PUTs per contact, and per execution's batch of rows: a batch short of PUTs is an execution that did not finish.
	const putsPerContact = new Map<number, number>();
	for (const request of mock.requests.slice(from)) {
		const id = /^\/api\/v1\/accounts\/1\/contacts\/(\d+)$/.exec(request.path)?.[1];
		if (request.method === 'PUT' && id) putsPerContact.set(Number(id), (putsPerContact.get(Number(id)) ?? 0) + 1);
	}
	const contacts = { none: 0, once: 0, twiceOrMore: 0 };
	for (const row of rows) {
		const puts = putsPerContact.get(row.id) ?? 0;
		if (puts === 0) contacts.none++;
		else if (puts === 1) contacts.once++;
		else contacts.twiceOrMore++;
	}
	const unfinishedBatches = split(rows, executionCount)
		.filter((batch) => batch.some((row) => !putsPerContact.has(row.id)))
		.map((batch) => batch.filter((row) => putsPerContact.has(row.id)).length);

	const report = {
		killedAfterSucceeded: atKill.success ?? 0,
		heldByKilledWorker: held,
		statuses: settled,
		retriedExecutions: retries,
		failedJobs: jobs,
		secondsFromKill: timeline,
		contacts,
		batchesShortOfPuts: unfinishedBatches.length,
		putsInShortBatches: unfinishedBatches,
	};
	console.log(
		[
			`executions of this run in PostgreSQL: ${JSON.stringify(settled)}; retries (retryOf set): ${retries}`,
			`Bull jobs failed: ${jobs.length} (${[...new Set(jobs.map((job) => job.reason))].join('; ')}), executions ${jobs.map((job) => job.executionId).join(', ')}`,
			`seconds from the kill: jobs failed ${timeline.jobsFailed?.toFixed(0) ?? '-'}, executions marked crashed ${timeline.executionsCrashed?.toFixed(0) ?? '-'}`,
			`contacts: ${contacts.none} got no PUT, ${contacts.once} exactly one, ${contacts.twiceOrMore} two or more`,
			`batches (one execution each) short of PUTs: ${unfinishedBatches.length}, with ${unfinishedBatches.join(', ')} of ${Math.round(rows.length / executionCount)} PUTs done`,
		].join('\n'),
	);
	await cluster.stopWorker(workers[0]);
	writeResults(ROOT, 'queue', { mode: 'kill-worker', items: rows.length, executions: executionCount, workerConcurrency: concurrency, ...report });
	if (contacts.twiceOrMore || unfinishedBatches.length > held.length) process.exitCode = 1;
}

/** CPU seconds so far of each part of the cluster, workers summed, and of this process (the mock and the senders). */
function cpuOf(cluster: QueueCluster): Record<string, number> {
	const parts: Record<string, number> = {};
	for (const service of cluster.services) {
		const part = service.name.startsWith('n8n worker') ? 'workers' : service.name.replace(/^n8n /, '');
		parts[part] = (parts[part] ?? 0) + service.cpuSeconds();
	}
	const own = process.cpuUsage();
	parts['mock+senders'] = (own.user + own.system) / 1e6;
	return parts;
}

function cpuDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
	return Object.fromEntries(Object.entries(after).map(([part, seconds]) => [part, seconds - (before[part] ?? 0)]));
}

main().catch((error: Error) => {
	console.error(`\nBENCHMARK FAILED: ${error.message}`);
	process.exit(1);
});
