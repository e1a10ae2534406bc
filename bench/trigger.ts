/**
 * Load on the ChatWoot Trigger: a workflow (ChatWoot Trigger → Contact Update) active in a
 * real `n8n start`, registered in the mock ChatWoot; N signed message_created events are
 * delivered the way ChatWoot delivers them (one POST each, 5-second timeout, no retry),
 * C at a time. Measured: each delivery's answer time as ChatWoot sees it; checked: every
 * answer is 200 well inside 5 s, and the mock receives exactly one Contact Update per event
 * (none lost, none run twice). Run it through bench/trigger.sh (npm run bench:trigger).
 * Options: --events N (1000), --concurrency C (10).
 */
import { createChatWootMock, seedContact } from '../test/mock-chatwoot';
import { deliverEvent, webhooksOf } from '../test/mock-chatwoot/resources/webhooks';
import { N8nInstance, runtimeFromEnv } from '../test/e2e/n8n';
import { accountWebhookTrigger, chatWootUpdate, credential, CREDENTIAL_ID, triggeredWorkflow } from '../test/e2e/workflows';
import { ownerSession, savedTriggerData } from '../test/trigger/n8nSession';
import { messageCreated } from '../test/trigger/payloads';
import { parseArgs, positiveInteger, summarize, triple } from './lib/stats';

const TOKEN = 'bench-admin-token';
const WORKFLOW_ID = 'wfBenchTrigger';
/** ChatWoot's delivery timeout; "well inside" it means under a fifth. */
const CHATWOOT_TIMEOUT_MS = 5000;
const WELL_INSIDE_MS = CHATWOOT_TIMEOUT_MS / 5;

async function waitUntil(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

async function main() {
	const options = parseArgs(process.argv.slice(2), ['events', 'concurrency']);
	const events = positiveInteger(options.events, 1000, 'events');
	const concurrency = positiveInteger(options.concurrency, 10, 'concurrency');
	const runtime = runtimeFromEnv();

	const mock = createChatWootMock();
	const baseUrl = await mock.start();
	const account = mock.addAccount(1);
	mock.addUser({ name: 'Admin', email: 'admin@example.com', accessToken: TOKEN, accountIds: [1] });
	seedContact(account, { name: 'Ann', email: 'ann@example.com' });

	const n8n = new N8nInstance(runtime);
	try {
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		const trigger = accountWebhookTrigger(n8n.nodeType, '0b6a3d1e-bench-trigger');
		// The message id becomes the contact's identifier: the mock's requests say which event ran.
		const update = chatWootUpdate(n8n.nodeType, { accountId: '1', contactId: '={{ $json.contactId }}', updateFields: { identifier: '={{ "message-" + $json.messageId }}' } });
		const benchWorkflow = triggeredWorkflow(WORKFLOW_ID, trigger, update);
		// 1,000 saved executions would measure n8n's database, not the trigger.
		await n8n.importWorkflows([{ ...benchWorkflow, settings: { ...benchWorkflow.settings, saveDataSuccessExecution: 'none' } }]);
		await n8n.activateWorkflows([WORKFLOW_ID]);
		const server = await n8n.serve();
		try {
			await waitUntil('the webhook registration', () => webhooksOf(account).length === 1, 180_000);
			await savedTriggerData(await ownerSession(server.url), WORKFLOW_ID, trigger.name);
			process.stdout.write(`n8n ${runtime.version} active; delivering ${events} signed events, ${concurrency} at a time\n`);

			const latencies: number[] = [];
			const failures: string[] = [];
			let next = 0;
			const started = performance.now();
			await Promise.all(
				Array.from({ length: concurrency }, async () => {
					while (next < events) {
						const messageId = 100_000 + next++;
						const sent = performance.now();
						try {
							const [delivery] = await deliverEvent(mock, 1, messageCreated({ id: messageId, sender: { id: 1, name: 'Ann', type: 'contact' } }));
							latencies.push(delivery.milliseconds);
							if (delivery.status !== 200) failures.push(`message ${messageId}: ${delivery.status} ${delivery.body}`);
						} catch (error) {
							// ChatWoot gives up after 5 s and never retries: such an event is lost to the workflow.
							latencies.push(performance.now() - sent);
							failures.push(`message ${messageId}: ${(error as Error).name}`);
						}
					}
				}),
			);
			const deliverySeconds = (performance.now() - started) / 1000;

			const runsOf = () =>
				mock.requests
					.filter((request) => request.method === 'PUT' && request.path === '/api/v1/accounts/1/contacts/1')
					.map((request) => String((request.body as { identifier?: string }).identifier));
			await waitUntil('every run', () => runsOf().length >= events, 600_000).catch(() => undefined);
			// A little longer, so that a run happening twice would show.
			await new Promise((resolve) => setTimeout(resolve, 3000));
			const runs = runsOf();
			const distinct = new Set(runs);
			const lost = events - distinct.size;
			const duplicated = runs.length - distinct.size;
			const summary = summarize(latencies);
			const slow = latencies.filter((ms) => ms >= WELL_INSIDE_MS).length;

			process.stdout.write(
				[
					`deliveries: ${events} in ${deliverySeconds.toFixed(1)} s; answers 200: ${events - failures.length}`,
					`answer latency ms (min / median / max): ${triple(summary, 1)}; p99 ${[...latencies].sort((a, b) => a - b)[Math.ceil(events * 0.99) - 1].toFixed(1)}`,
					`answers at or over ${WELL_INSIDE_MS} ms: ${slow}; over ChatWoot's ${CHATWOOT_TIMEOUT_MS} ms: ${latencies.filter((ms) => ms >= CHATWOOT_TIMEOUT_MS).length}`,
					`workflow runs seen at the mock: ${runs.length}; lost: ${lost}; run twice: ${duplicated}`,
					...failures.slice(0, 5),
				].join('\n') + '\n',
			);
			if (failures.length || lost || duplicated || slow) process.exitCode = 1;
		} finally {
			await server.stop();
		}
	} finally {
		await mock.stop();
		n8n.remove();
	}
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exit(1);
});
