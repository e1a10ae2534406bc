import { spawn, spawnSync } from 'child_process';
import type { ChildProcess } from 'child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { freePort, N8nInstance } from './n8n';
import type { N8nRuntime } from './n8n';

/**
 * n8n in queue mode, as production installs run it: PostgreSQL and Redis (Debian's packages,
 * scripts/queue.sh installs them, started here as local processes on 127.0.0.1), one main, one
 * webhook process and workers sharing the database, Redis and the encryption key, each with its
 * own ports. The package is installed where every process loads community packages (one user
 * folder). Used by the queue-mode end-to-end suite and bench/queue.ts.
 */
export const POSTGRES_BIN = (() => {
	const found = spawnSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1'], { encoding: 'utf8' }).stdout.trim();
	return found || undefined;
})();

/** USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on Linux (`getconf CLK_TCK`). */
const CLOCK_TICKS_PER_SECOND = 100;

export const queueModeInstalled = () => Boolean(POSTGRES_BIN) && spawnSync('bash', ['-c', 'command -v redis-server']).status === 0;

/** A background process whose output is kept for error messages; stopped with its process group. */
export class Service {
	output = '';
	private readonly child: ChildProcess;

	constructor(
		readonly name: string,
		command: string,
		args: string[],
		env: NodeJS.ProcessEnv = process.env,
	) {
		this.child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
		this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
	}

	get exited() {
		return this.child.exitCode !== null || this.child.signalCode !== null;
	}

	/**
	 * CPU seconds used so far by the service and every process under it (PostgreSQL's backends,
	 * which start sessions of their own, n8n's task runner), the children that ended included.
	 */
	cpuSeconds(): number {
		const processes = new Map<number, { parent: number; ticks: number }>();
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			let stat: string;
			try {
				stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			} catch {
				continue; // Ended while reading.
			}
			// The fields after the command name (which may hold spaces and parentheses), from field 3 (state) on.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const [parent, utime, stime, childrenUtime, childrenStime] = [1, 11, 12, 13, 14].map((index) => Number(fields[index]));
			processes.set(Number(entry), { parent, ticks: utime + stime + childrenUtime + childrenStime });
		}
		const under = (pid: number): number =>
			(processes.get(pid)?.ticks ?? 0) +
			[...processes].filter(([, { parent }]) => parent === pid).reduce((sum, [child]) => sum + under(child), 0);
		return under(this.child.pid!) / CLOCK_TICKS_PER_SECOND;
	}

	/** SIGTERM to the process group, SIGKILL after 20 s; then SIGKILL to what is left of the group (n8n's task runner). */
	async stop(): Promise<void> {
		if (!this.exited) {
			const exit = new Promise((resolve) => this.child.once('exit', resolve));
			this.signalGroup('SIGTERM');
			const timer = setTimeout(() => this.signalGroup('SIGKILL'), 20_000);
			await exit;
			clearTimeout(timer);
		}
		this.signalGroup('SIGKILL');
	}

	private signalGroup(signal: NodeJS.Signals): void {
		try {
			process.kill(-this.child.pid!, signal);
		} catch {
			// ESRCH: nothing of the group is left.
		}
	}
}

/** Activation and start-up can take minutes when other n8n processes share this machine's two cores. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, services: Service[] = [], timeoutMs = 180_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const dead = services.find((service) => service.exited);
		if (dead) throw new Error(`${dead.name} exited while waiting for ${what}:\n${dead.output.slice(-4000)}`);
		const found = await check();
		if (found) return found;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`Timed out waiting for ${what}:\n${services.map((service) => `--- ${service.name}\n${service.output.slice(-2000)}`).join('\n')}`);
}

export const answers = async (url: string) => await fetch(url).then(() => true, () => false);

/** The ChatWoot package's n8n, with every command and process on the shared PostgreSQL and Redis. */
class QueueN8n extends N8nInstance {
	queueEnv: Record<string, string> = {};

	async environment(): Promise<Record<string, string>> {
		return { ...(await super.environment()), ...this.queueEnv };
	}

	async process(name: string, args: string[], env: Record<string, string>): Promise<Service> {
		return new Service(name, this.runtime.nodeBinary, [this.binary, ...args], { ...(await this.environment()), ...env });
	}
}

export class QueueCluster {
	readonly n8n: QueueN8n;
	/** Every running process, databases first: stopped in reverse. */
	readonly services: Service[] = [];
	readonly workers: Service[] = [];
	webhookUrl = '';
	private readonly stateDir: string;
	private postgresPort = 0;

	constructor(runtime: N8nRuntime) {
		if (!queueModeInstalled()) throw new Error('Queue mode needs PostgreSQL and Redis: run scripts/queue.sh (npm run test:queue does)');
		this.stateDir = mkdtempSync(join(tmpdir(), 'n8n-queue-'));
		// PostgreSQL runs as its own user when this runs as root: it must reach its data folder inside.
		chmodSync(this.stateDir, 0o755);
		this.n8n = new QueueN8n(runtime);
	}

	/** PostgreSQL, Redis and the environment every n8n command of the cluster shares; before importing anything. */
	async startDatabases(): Promise<void> {
		const [postgresPort, redisPort, webhookPort] = [await freePort(), await freePort(), await freePort()];
		this.postgresPort = postgresPort;
		await this.startPostgres();
		await this.startRedis(redisPort);
		this.webhookUrl = `http://127.0.0.1:${webhookPort}/`;
		this.n8n.queueEnv = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgresPort),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: 'n8n',
			N8N_ENCRYPTION_KEY: 'e2e-queue-encryption-key-4d8f1c2a',
			// ChatWoot delivers to the webhook process: the URL main registers points there.
			WEBHOOK_URL: this.webhookUrl,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		};
	}

	/** The main process (editor, REST API, activation), then the webhook process; resolves once both answer. */
	async startMainAndWebhook(env: Record<string, string> = {}): Promise<void> {
		const mainPort = await freePort();
		const main = await this.n8n.process('n8n main', ['start'], { N8N_PORT: String(mainPort), ...env });
		this.services.push(main);
		await waitFor(
			'the main process',
			async () =>
				await fetch(`http://127.0.0.1:${mainPort}/rest/settings`).then(
					(r) => r.ok && (r.headers.get('content-type') ?? '').includes('json'),
					() => false,
				),
			this.services,
		);
		const webhook = await this.n8n.process('n8n webhook', ['webhook'], { N8N_PORT: new URL(this.webhookUrl).port, ...env });
		this.services.push(webhook);
		await waitFor('the webhook process', async () => await answers(`${this.webhookUrl}healthz`), this.services);
	}

	/** A worker running up to `concurrency` executions at once; resolves once its health check answers. */
	async startWorker(name: string, concurrency: number, env: Record<string, string> = {}): Promise<Service> {
		const healthPort = await freePort();
		const worker = await this.n8n.process(name, ['worker', `--concurrency=${concurrency}`], {
			N8N_PORT: String(await freePort()),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(healthPort),
			...env,
		});
		this.services.push(worker);
		this.workers.push(worker);
		await waitFor(name, async () => await answers(`http://127.0.0.1:${healthPort}/healthz`), this.services);
		return worker;
	}

	async stopWorker(worker: Service): Promise<void> {
		await worker.stop();
		for (const list of [this.services, this.workers]) {
			const at = list.indexOf(worker);
			if (at >= 0) list.splice(at, 1);
		}
	}

	/** One SQL query on n8n's database, its rows as tab-separated lines. */
	sql(query: string): string[] {
		const psql = spawnSync(join(POSTGRES_BIN!, 'psql'), ['-h', '127.0.0.1', '-p', String(this.postgresPort), '-U', 'n8n', '-d', 'n8n', '-tAF', '\t', '-c', query], { encoding: 'utf8' });
		if (psql.status !== 0) throw new Error(`psql failed: ${psql.stderr}`);
		return psql.stdout.split('\n').filter(Boolean);
	}

	/** n8n first (it holds connections to PostgreSQL and Redis), then the databases, then the files. */
	async stop(): Promise<void> {
		for (const service of [...this.services].reverse()) await service.stop().catch(() => undefined);
		this.n8n.remove();
		rmSync(this.stateDir, { recursive: true, force: true });
	}

	/** PostgreSQL in a fresh data folder, as the postgres user when this runs as root (PostgreSQL refuses root). */
	private async startPostgres(): Promise<void> {
		const data = join(this.stateDir, 'postgres');
		mkdirSync(data);
		const asRoot = process.getuid?.() === 0;
		const runAs = (command: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]) as [string, string[]];
		if (asRoot) {
			const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
			chownSync(data, id('-u'), id('-g'));
		}
		const initdb = spawnSync(...runAs(join(POSTGRES_BIN!, 'initdb'), ['-D', data, '-U', 'n8n', '--auth=trust', '-E', 'UTF8']), { encoding: 'utf8' });
		if (initdb.status !== 0) throw new Error(`initdb failed:\n${initdb.stdout}${initdb.stderr}`);
		const port = String(this.postgresPort);
		const postgres = new Service('postgres', ...runAs(join(POSTGRES_BIN!, 'postgres'), ['-D', data, '-k', data, '-p', port, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']));
		this.services.push(postgres);
		await waitFor('PostgreSQL', () => spawnSync(join(POSTGRES_BIN!, 'pg_isready'), ['-h', '127.0.0.1', '-p', port]).status === 0, [postgres], 60_000);
		const createdb = spawnSync(join(POSTGRES_BIN!, 'createdb'), ['-h', '127.0.0.1', '-p', port, '-U', 'n8n', 'n8n'], { encoding: 'utf8' });
		if (createdb.status !== 0) throw new Error(`createdb failed:\n${createdb.stdout}${createdb.stderr}`);
	}

	private async startRedis(port: number): Promise<void> {
		const redis = new Service('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.stateDir]);
		this.services.push(redis);
		await waitFor('Redis', () => redis.output.includes('Ready to accept connections'), [redis], 60_000);
	}
}
