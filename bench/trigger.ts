/**
 * Load on the ChatWoot Trigger: a workflow (ChatWoot Trigger → Contact Update) active in a
 * real `n8n start`, registered in the mock ChatWoot; N signed message_created events are
 * delivered the way ChatWoot delivers them (one POST each, 5-second timeout, no retry),
 * C at a time. Measured: each delivery's answer time as ChatWoot sees it; checked: every
 * answer is 200 well inside 5 s, and the mock receives exactly one Contact Update per event
 * (none lost, none run twice). Run it through bench/trigger.sh (npm run bench:trigger).
 * Options: --events N (1000), --concurrency C (10).
 *
 * --attack: --forged N (1000) forged or malformed deliveries (bench/lib/triggerAttack.ts) mixed
 * with --valid N (100) valid ones, C at a time (--concurrency, 20 here); checked: every forged one
 * refused and run never, every valid one answered 200 and run exactly once (Contact Updates at the
 * mock, executions n8n saved); measured: the resident memory of the n8n process.
 */
import { createChatWootMock, seedContact } from '../test/mock-chatwoot';
import { deliverEvent, webhooksOf } from '../test/mock-chatwoot/resources/webhooks';
import { N8nInstance, runtimeFromEnv } from '../test/e2e/n8n';
import { accountWebhookTrigger, chatWootUpdate, credential, CREDENTIAL_ID, triggeredWorkflow } from '../test/e2e/workflows';
import { ownerSession, savedTriggerData } from '../test/trigger/n8nSession';
import type { Rest } from '../test/trigger/n8nSession';
import { messageCreated } from '../test/trigger/payloads';
import type { ChatWootMock } from '../test/mock-chatwoot';
import { parseArgs, positiveInteger, summarize, table, triple } from './lib/stats';
import { MemoryWatch, n8nPid } from './lib/processes';
import { ATTACKS, Attacker, attackProblems, planAttack, runAttack, savedExecutions, statusesByKind } from './lib/triggerAttack';

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

/** The Contact Updates the workflow sent, as the message ids their identifiers carry. */
const runIdsAt = (mock: ChatWootMock) =>
	mock.requests
		.filter((request) => request.method === 'PUT' && request.path === '/api/v1/accounts/1/contacts/1')
		.map((request) => Number(String((request.body as { identifier?: string }).identifier).replace('message-', '')));

async function main() {
	const options = parseArgs(process.argv.slice(2), ['events', 'concurrency', 'forged', 'valid'], ['attack']);
	const attack = options.attack === 'true';
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
		// 1,000 saved executions would measure n8n's database, not the trigger; the attack counts them.
		await n8n.importWorkflows([attack ? benchWorkflow : { ...benchWorkflow, settings: { ...benchWorkflow.settings, saveDataSuccessExecution: 'none' } }]);
		await n8n.activateWorkflows([WORKFLOW_ID]);
		const server = await n8n.serve();
		try {
			await waitUntil('the webhook registration', () => webhooksOf(account).length === 1, 180_000);
			const rest = await ownerSession(server.url);
			await savedTriggerData(rest, WORKFLOW_ID, trigger.name);
			if (attack) await underAttack(options, mock, rest, n8nPid('start', `N8N_USER_FOLDER=${n8n.userFolder}`));
			else await measureLoad(options, mock);
		} finally {
			await server.stop();
		}
	} finally {
		await mock.stop();
		n8n.remove();
	}
}

async function measureLoad(options: Record<string, string>, mock: ChatWootMock): Promise<void> {
	const events = positiveInteger(options.events, 1000, 'events');
	const concurrency = positiveInteger(options.concurrency, 10, 'concurrency');
	process.stdout.write(`n8n ${runtimeFromEnv().version} active; delivering ${events} signed events, ${concurrency} at a time\n`);

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

	await waitUntil('every run', () => runIdsAt(mock).length >= events, 600_000).catch(() => undefined);
	// A little longer, so that a run happening twice would show.
	await new Promise((resolve) => setTimeout(resolve, 3000));
	const runs = runIdsAt(mock);
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
}

async function underAttack(options: Record<string, string>, mock: ChatWootMock, rest: Rest, n8nPid: number): Promise<void> {
	const forged = positiveInteger(options.forged, 1000, 'forged');
	const valid = positiveInteger(options.valid, 100, 'valid');
	const concurrency = positiveInteger(options.concurrency, 20, 'concurrency');
	const [webhook] = webhooksOf(mock.accounts.get(1)!);
	const plan = planAttack(forged, valid);
	process.stdout.write(`n8n ${runtimeFromEnv().version} active; ${forged} forged or malformed deliveries and ${valid} valid ones, shuffled, ${concurrency} at a time\n`);

	const memory = new MemoryWatch(n8nPid);
	const started = performance.now();
	const outcomes = await runAttack(new Attacker(webhook.url, webhook.secret), plan, concurrency);
	const seconds = (performance.now() - started) / 1000;
	await waitUntil('every valid run', () => runIdsAt(mock).length >= valid, 300_000).catch(() => undefined);
	// A little longer, so that a late run (forged, or valid twice) would show.
	await new Promise((resolve) => setTimeout(resolve, 3000));
	const rss = memory.stop();
	const executions = await savedExecutions(rest, WORKFLOW_ID);
	const problems = attackProblems(outcomes, runIdsAt(mock));
	if (executions !== valid) problems.push(`n8n saved ${executions} executions, expected ${valid}`);

	const statuses = statusesByKind(outcomes);
	const latency = (kind: string) => summarize(outcomes.filter((outcome) => outcome.kind === kind).map((outcome) => outcome.milliseconds));
	process.stdout.write(
		[
			`${plan.length} deliveries in ${seconds.toFixed(1)} s`,
			table(
				['delivery', 'how', 'answers (status: count)', 'answer ms (min / median / max)', 'first answer'],
				Object.entries(statuses).map(([kind, byStatus]) => [
					kind,
					kind === 'valid' ? 'signed with the webhook secret' : ATTACKS[kind as keyof typeof ATTACKS],
					Object.entries(byStatus).map(([status, count]) => `${status}: ${count}`).join(', '),
					triple(latency(kind), 0),
					outcomes.find((outcome) => outcome.kind === kind)!.answer.slice(0, 90),
				]),
			),
			`Contact Updates at the mock: ${runIdsAt(mock).length}; executions n8n saved: ${executions}`,
			`n8n main process RSS MB: ${rss.startMb.toFixed(0)} before, peak ${rss.peakPolledMb.toFixed(0)} polled every 100 ms (VmHWM ${rss.hwmMb.toFixed(0)}), ${rss.endMb.toFixed(0)} after; growth ${(rss.endMb - rss.startMb).toFixed(0)}`,
			problems.length ? `PROBLEMS (${problems.length}):\n  ${problems.slice(0, 10).join('\n  ')}` : 'every forged delivery refused and run never; every valid one run exactly once',
		].join('\n') + '\n',
	);
	if (problems.length) process.exitCode = 1;
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exit(1);
});
