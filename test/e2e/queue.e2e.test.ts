import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { seedMessages } from '../mock-chatwoot/resources/messages';
import { deliver, deliverEvent, signedHeaders, webhooksOf } from '../mock-chatwoot/resources/webhooks';
import { messageCreated } from '../trigger/payloads';
import { runtimeFromEnv } from './n8n';
import { QueueCluster, queueModeInstalled, waitFor } from './queueCluster';
import { accountWebhookTrigger, botReply, botTrigger, credential, CREDENTIAL_ID, renameAfterMessage, triggeredWorkflow } from './workflows';

/**
 * n8n in queue mode (test/e2e/queueCluster.ts: PostgreSQL, Redis, one main, one webhook process,
 * two workers). ChatWoot's deliveries reach the webhook process, the workers run the workflows
 * and the package's nodes.
 */
const runtime = runtimeFromEnv();
const TOKEN = 'e2e-queue-admin-token-61d0';
const BOT_TOKEN = 'e2e-queue-bot-token-2f7a';
const BOT_SECRET = 'e2e-queue-bot-secret-8c3e';
const ACCOUNT_WORKFLOW = 'wfQueueAccount';
const BOT_WORKFLOW = 'wfQueueBot';
const ACCOUNT_NODE_ID = '5e0c4a1b-8d3f-4e2a-9c7b-1a2b3c4d5e6f';
const BOT_NODE_ID = '6f1d5b2c-9e4a-4f3b-8d8c-2b3c4d5e6f70';

let mock: ChatWootMock;
let cluster: QueueCluster;

const requestsTo = (method: string, path: string) => mock.requests.filter((request) => request.method === method && request.path === path);

/**
 * Run by `npm run test:queue` (and `npm test`), which install PostgreSQL and Redis first and set
 * N8N_E2E_QUEUE=1; a plain `npm run test:e2e` skips it.
 */
const wanted = process.env.N8N_E2E_QUEUE === '1';
if (wanted && !queueModeInstalled()) {
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

		cluster = new QueueCluster(runtime);
		await cluster.startDatabases();
		const { n8n } = cluster;
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, baseUrl, TOKEN),
			{ id: 'cwQueueBot', name: 'ChatWoot bot', type: 'chatWootAgentBotApi', data: { baseUrl, accessToken: BOT_TOKEN } },
		]);
		await n8n.importWorkflows([
			triggeredWorkflow(ACCOUNT_WORKFLOW, accountWebhookTrigger(n8n.nodeType, ACCOUNT_NODE_ID), renameAfterMessage(n8n.nodeType)),
			triggeredWorkflow(BOT_WORKFLOW, botTrigger(n8n.nodeType, BOT_NODE_ID, BOT_SECRET), botReply(n8n.nodeType, '={{ "Thanks for message " + $json.messageId }}', 'cwQueueBot')),
		]);
		await n8n.activateWorkflows([ACCOUNT_WORKFLOW, BOT_WORKFLOW]);

		await cluster.startMainAndWebhook();
		for (const name of ['n8n worker 1', 'n8n worker 2']) await cluster.startWorker(name, 5);
	}, 600_000);

	afterAll(async () => {
		await cluster?.stop();
		await mock?.stop();
	}, 120_000);

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('the main process registers the account webhook at the webhook process; a worker runs the workflow it starts', async () => {
		const account = mock.accounts.get(1)!;
		const [registered] = await waitFor('the webhook registration', () => (webhooksOf(account).length ? webhooksOf(account) : undefined), cluster.services);
		expect(registered.url).toBe(`${cluster.webhookUrl}webhook/${ACCOUNT_NODE_ID}/webhook`);
		// The webhook process did not activate the workflow: it reads the webhook's secret from ChatWoot (once) to verify the signature.
		const registeredAt = mock.requests.findIndex((request) => request.method === 'POST' && request.path === '/api/v1/accounts/1/webhooks');
		const event = messageCreated({ id: 4242, sender: { id: 1, name: 'Ann', type: 'contact' }, conversation: { id: 7, inbox_id: 3, meta: { sender: { id: 1, type: 'contact' } } } });
		const [delivery] = await waitFor(
			'an accepted delivery',
			async () => {
				const deliveries = await deliverEvent(mock, 1, event);
				return deliveries[0]?.status === 200 ? deliveries : undefined;
			},
			cluster.services,
			120_000,
		);
		expect(delivery.milliseconds).toBeLessThan(5000);
		const [update] = await waitFor('the Contact Update', () => {
			const updates = requestsTo('PUT', '/api/v1/accounts/1/contacts/1');
			return updates.length ? updates : undefined;
		}, cluster.services);
		expect(update.body).toEqual({ name: 'Ann (message 4242)' });
		const secretReads = mock.requests.slice(registeredAt + 1).filter((request) => request.method === 'GET' && request.path === '/api/v1/accounts/1/webhooks');
		expect(secretReads).toHaveLength(1);
		await waitFor('a worker to log the execution', () => cluster.workers.some((worker) => /Worker finished execution/.test(worker.output)), cluster.services, 30_000);
	}, 300_000);

	test('agent bot: signed events at the webhook process are answered by the workers, each once, with the bot token', async () => {
		const url = `${cluster.webhookUrl}webhook/${BOT_NODE_ID}/webhook`;
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
		}, cluster.services);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(requestsTo('POST', '/api/v1/accounts/1/conversations/7/messages')).toHaveLength(ids.length);
		expect(replies.map((reply) => reply.headers['api-access-token'])).toEqual(ids.map(() => BOT_TOKEN));
		expect(replies.map((reply) => (reply.body as { content: string }).content).sort()).toEqual(ids.map((id) => `Thanks for message ${id}`));
		const finished = cluster.workers.map((worker) => (worker.output.match(/Worker finished execution/g) ?? []).length);
		// 1 account-webhook execution and 6 bot executions, all on the workers.
		expect(finished.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(ids.length + 1);
	}, 300_000);
});
