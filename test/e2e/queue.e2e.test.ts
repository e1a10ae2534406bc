import { spawn, spawnSync } from 'child_process';
import type { ChildProcess } from 'child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedMessages } from '../mock-chatwoot/resources/messages';
import { deliver, deliverEvent, signedHeaders, webhooksOf } from '../mock-chatwoot/resources/webhooks';
import { messageCreated } from '../trigger/payloads';
import { freePort, N8nInstance, runtimeFromEnv } from './n8n';
import { botReply, chatWootUpdate, credential, CREDENTIAL_ID, triggeredWorkflow } from './workflows';

/**
 * n8n in queue mode, as production installs run it: PostgreSQL and Redis (Debian's packages,
 * scripts/queue.sh installs them, started here as local processes on 127.0.0.1), one main, one
 * webhook process and two workers sharing the database, Redis and the encryption key, each with
 * its own ports. ChatWoot's deliveries reach the webhook process, the workers run the workflows
 * and the package's nodes, which are installed where each process loads community packages.
 */
const runtime = runtimeFromEnv();
const TOKEN = 'e2e-queue-admin-token-61d0';
const BOT_TOKEN = 'e2e-queue-bot-token-2f7a';
const BOT_SECRET = 'e2e-queue-bot-secret-8c3e';
const ACCOUNT_WORKFLOW = 'wfQueueAccount';
const BOT_WORKFLOW = 'wfQueueBot';
const ACCOUNT_NODE_ID = '5e0c4a1b-8d3f-4e2a-9c7b-1a2b3c4d5e6f';
const BOT_NODE_ID = '6f1d5b2c-9e4a-4f3b-8d8c-2b3c4d5e6f70';
const POSTGRES_BIN = (() => {
	const found = spawnSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1'], { encoding: 'utf8' }).stdout.trim();
	return found || undefined;
})();

/** A background process whose output is kept for error messages; stopped with its process group. */
class Service {
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

	async stop(): Promise<void> {
		if (this.exited) return;
		const exit = new Promise((resolve) => this.child.once('exit', resolve));
		process.kill(-this.child.pid!, 'SIGTERM');
		const timer = setTimeout(() => !this.exited && process.kill(-this.child.pid!, 'SIGKILL'), 20_000);
		await exit;
		clearTimeout(timer);
	}
}

/** Activation and start-up can take minutes when other n8n processes share this machine's two cores. */
async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, services: Service[] = [], timeoutMs = 180_000): Promise<T> {
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

const answers = async (url: string) => await fetch(url).then(() => true, () => false);

/** The ChatWoot package's n8n, with every command and process on the shared PostgreSQL and Redis. */
class QueueN8n extends N8nInstance {
	queueEnv: Record<string, string> = {};

	async environment(): Promise<Record<string, string>> {
		return { ...(await super.environment()), ...this.queueEnv };
	}

	async process(name: string, args: string[], env: Record<string, string>): Promise<Service> {
		return new Service(name, runtime.nodeBinary, [this.binary, ...args], { ...(await this.environment()), ...env });
	}
}

let mock: ChatWootMock;
let n8n: QueueN8n;
const services: Service[] = [];
let stateDir = '';
let webhookUrl = '';
const workers: Service[] = [];

const requestsTo = (method: string, path: string) => mock.requests.filter((request) => request.method === method && request.path === path);

/** PostgreSQL in a fresh data folder, as the postgres user when this runs as root (PostgreSQL refuses root). */
async function startPostgres(port: number): Promise<void> {
	const data = join(stateDir, 'postgres');
	mkdirSync(data);
	const asRoot = process.getuid?.() === 0;
	const runAs = (command: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]) as [string, string[]];
	if (asRoot) {
		const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
		chownSync(data, id('-u'), id('-g'));
	}
	const initdb = spawnSync(...runAs(join(POSTGRES_BIN!, 'initdb'), ['-D', data, '-U', 'n8n', '--auth=trust', '-E', 'UTF8']), { encoding: 'utf8' });
	if (initdb.status !== 0) throw new Error(`initdb failed:\n${initdb.stdout}${initdb.stderr}`);
	const postgres = new Service('postgres', ...runAs(join(POSTGRES_BIN!, 'postgres'), ['-D', data, '-k', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']));
	services.push(postgres);
	await waitFor('PostgreSQL', () => spawnSync(join(POSTGRES_BIN!, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0, [postgres], 60_000);
	const createdb = spawnSync(join(POSTGRES_BIN!, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n'], { encoding: 'utf8' });
	if (createdb.status !== 0) throw new Error(`createdb failed:\n${createdb.stdout}${createdb.stderr}`);
}

async function startRedis(port: number): Promise<void> {
	const redis = new Service('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', stateDir]);
	services.push(redis);
	await waitFor('Redis', () => redis.output.includes('Ready to accept connections'), [redis], 60_000);
}

/**
 * Run by `npm run test:queue` (and `npm test`), which install PostgreSQL and Redis first and set
 * N8N_E2E_QUEUE=1; a plain `npm run test:e2e` skips it.
 */
const wanted = process.env.N8N_E2E_QUEUE === '1';
if (wanted && (!POSTGRES_BIN || spawnSync('bash', ['-c', 'command -v redis-server']).status !== 0)) {
	throw new Error('Queue mode needs PostgreSQL and Redis: run scripts/queue.sh (npm run test:queue does)');
}
const describeQueue = wanted ? describe : describe.skip;

describeQueue(`Queue mode in real n8n ${runtime.version}: main, webhook process, two workers`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Admin', email: 'admin@example.com', accessToken: TOKEN, accountIds: [1] });
		mock.addUser({ name: 'Answer Bot', email: 'bot@example.com', accessToken: BOT_TOKEN, accountIds: [1], kind: 'agentBot' });
		seedMessages(mock, account, 7, 1);
		seedContact(account, { name: 'Ann', email: 'ann@example.com' });

		stateDir = mkdtempSync(join(tmpdir(), 'n8n-queue-'));
		chmodSync(stateDir, 0o755);
		const [postgresPort, redisPort, mainPort, webhookPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
		await startPostgres(postgresPort);
		await startRedis(redisPort);
		webhookUrl = `http://127.0.0.1:${webhookPort}/`;

		n8n = new QueueN8n(runtime);
		n8n.queueEnv = {
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
			WEBHOOK_URL: webhookUrl,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		};
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, baseUrl, TOKEN),
			{ id: 'cwQueueBot', name: 'ChatWoot bot', type: 'chatWootAgentBotApi', data: { baseUrl, accessToken: BOT_TOKEN } },
		]);
		await n8n.importWorkflows([
			triggeredWorkflow(
				ACCOUNT_WORKFLOW,
				{
					name: 'ChatWoot Trigger',
					type: `${n8n.nodeType}Trigger`,
					typeVersion: 1,
					webhookId: ACCOUNT_NODE_ID,
					parameters: { source: 'accountWebhook', accountId: 1, events: ['message_created'] },
					credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
				},
				chatWootUpdate(n8n.nodeType, { accountId: '1', contactId: '={{ $json.contactId }}', updateFields: { name: '={{ "Ann (message " + $json.messageId + ")" }}' } }),
			),
			triggeredWorkflow(
				BOT_WORKFLOW,
				{
					name: 'ChatWoot Bot Trigger',
					type: `${n8n.nodeType}Trigger`,
					typeVersion: 1,
					webhookId: BOT_NODE_ID,
					parameters: { source: 'botOrInbox', secret: BOT_SECRET, botEvents: ['message_created'] },
				},
				botReply(n8n.nodeType, '={{ "Thanks for message " + $json.messageId }}', 'cwQueueBot'),
			),
		]);
		await n8n.activateWorkflows([ACCOUNT_WORKFLOW, BOT_WORKFLOW]);

		const main = await n8n.process('n8n main', ['start'], { N8N_PORT: String(mainPort) });
		services.push(main);
		await waitFor(
			'the main process',
			async () =>
				await fetch(`http://127.0.0.1:${mainPort}/rest/settings`).then(
					(r) => r.ok && (r.headers.get('content-type') ?? '').includes('json'),
					() => false,
				),
			services,
		);
		const webhook = await n8n.process('n8n webhook', ['webhook'], { N8N_PORT: String(webhookPort) });
		services.push(webhook);
		for (const name of ['n8n worker 1', 'n8n worker 2']) {
			const healthPort = await freePort();
			const worker = await n8n.process(name, ['worker', '--concurrency=5'], {
				N8N_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
			});
			services.push(worker);
			workers.push(worker);
			await waitFor(name, async () => await answers(`http://127.0.0.1:${healthPort}/healthz`), services);
		}
		await waitFor('the webhook process', async () => await answers(`${webhookUrl}healthz`), services);
	}, 600_000);

	afterAll(async () => {
		// n8n first (it holds connections to PostgreSQL and Redis), then the databases.
		for (const service of [...services].reverse()) await service.stop().catch(() => undefined);
		await mock?.stop();
		n8n?.remove();
		if (stateDir) rmSync(stateDir, { recursive: true, force: true });
	}, 120_000);

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('the main process registers the account webhook at the webhook process; a worker runs the workflow it starts', async () => {
		const account = mock.accounts.get(1)!;
		const [registered] = await waitFor('the webhook registration', () => (webhooksOf(account).length ? webhooksOf(account) : undefined), services);
		expect(registered.url).toBe(`${webhookUrl}webhook/${ACCOUNT_NODE_ID}/webhook`);
		// The webhook process verifies the signature with the secret the main process saved in PostgreSQL.
		const event = messageCreated({ id: 4242, sender: { id: 1, name: 'Ann', type: 'contact' }, conversation: { id: 7, inbox_id: 3, meta: { sender: { id: 1, type: 'contact' } } } });
		const [delivery] = await waitFor(
			'an accepted delivery',
			async () => {
				const deliveries = await deliverEvent(mock, 1, event);
				return deliveries[0]?.status === 200 ? deliveries : undefined;
			},
			services,
			120_000,
		);
		expect(delivery.milliseconds).toBeLessThan(5000);
		const [update] = await waitFor('the Contact Update', () => {
			const updates = requestsTo('PUT', '/api/v1/accounts/1/contacts/1');
			return updates.length ? updates : undefined;
		}, services);
		expect(update.body).toEqual({ name: 'Ann (message 4242)' });
		await waitFor('a worker to log the execution', () => workers.some((worker) => /Worker finished execution/.test(worker.output)), services, 30_000);
	}, 300_000);

	test('agent bot: signed events at the webhook process are answered by the workers, each once, with the bot token', async () => {
		const url = `${webhookUrl}webhook/${BOT_NODE_ID}/webhook`;
		const unsigned = await deliver(url, JSON.stringify(messageCreated({ id: 5000 })), { 'Content-Type': 'application/json' });
		expect(unsigned.status).toBe(401);
		const ids = [5101, 5102, 5103, 5104, 5105, 5106];
		const started = Date.now();
		const deliveries = await Promise.all(
			ids.map(async (id) => {
				const body = JSON.stringify(messageCreated({ id, sender: { id: 1, name: 'Ann', type: 'contact' }, conversation: { id: 7, inbox_id: 3, meta: { sender: { id: 1, type: 'contact' } } } }));
				return await deliver(url, body, signedHeaders(BOT_SECRET, body));
			}),
		);
		expect(deliveries.map((delivery) => delivery.status)).toEqual(ids.map(() => 200));
		expect(Date.now() - started).toBeLessThan(5000);
		const replies = await waitFor('the six bot replies', () => {
			const sent = requestsTo('POST', '/api/v1/accounts/1/conversations/7/messages');
			return sent.length >= ids.length ? sent : undefined;
		}, services);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(requestsTo('POST', '/api/v1/accounts/1/conversations/7/messages')).toHaveLength(ids.length);
		expect(replies.map((reply) => reply.headers['api-access-token'])).toEqual(ids.map(() => BOT_TOKEN));
		expect(replies.map((reply) => (reply.body as { content: string }).content).sort()).toEqual(ids.map((id) => `Thanks for message ${id}`));
		const finished = workers.map((worker) => (worker.output.match(/Worker finished execution/g) ?? []).length);
		// 1 account-webhook execution and 6 bot executions, all on the workers.
		expect(finished.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(ids.length + 1);
	}, 300_000);
});
