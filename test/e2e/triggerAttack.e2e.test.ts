import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { webhooksOf } from '../mock-chatwoot/resources/webhooks';
import { ownerSession, savedTriggerData } from '../trigger/n8nSession';
import type { Rest } from '../trigger/n8nSession';
import { ATTACKS, Attacker, attackProblems, planAttack, runAttack, savedExecutions, statusesByKind } from '../../bench/lib/triggerAttack';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { RunningN8n } from './n8n';
import { accountWebhookTrigger, chatWootUpdate, credential, CREDENTIAL_ID, triggeredWorkflow } from './workflows';

/**
 * The ChatWoot Trigger under attack, CI-sized (`npm run bench:trigger -- --attack` sends 1,000):
 * forged and malformed deliveries of every kind mixed with valid ones, sent concurrently to an
 * active trigger in a running n8n. Each forged one is refused and starts no execution; each
 * valid one runs exactly once.
 */
const runtime = runtimeFromEnv();
const TOKEN = 'e2e-attack-token-5b7e';
const WORKFLOW_ID = 'wfTriggerAttack';
const NODE_ID = 'f3a9c0d2-4b6e-4f81-9c3d-7e2a5b1d8f40';
const FORGED = 50;
const VALID = 10;

/** Who refuses what, in n8n 2.x: our node (401), n8n's body parser before it (422 not JSON; 500 over N8N_PAYLOAD_SIZE_MAX). */
const REFUSED_WITH: Record<string, string> = {
	badSignature: '401',
	missingSignature: '401',
	staleTimestamp: '401',
	replay: '401',
	wrongContentType: '401',
	oversized: '500',
	gzipBomb: '500',
	invalidJson: '422',
	truncatedBody: '422',
	abortedUpload: 'none',
};

let mock: ChatWootMock;
let n8n: N8nInstance;
let server: RunningN8n;
let rest: Rest;

async function waitFor(what: string, check: () => boolean, timeoutMs = 180_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The message ids the workflow's Contact Updates carried: one per run. */
const runIds = () =>
	mock.requests
		.filter((request) => request.method === 'PUT' && request.path === '/api/v1/accounts/1/contacts/1')
		.map((request) => Number(String((request.body as { identifier?: string }).identifier).replace('message-', '')));

describe(`the ChatWoot Trigger under attack in a running n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Admin', email: 'admin@example.com', accessToken: TOKEN, accountIds: [1] });
		seedContact(account, { name: 'Ann', email: 'ann@example.com' });
		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		const update = chatWootUpdate(n8n.nodeType, { accountId: '1', contactId: '={{ $json.contactId }}', updateFields: { identifier: '={{ "message-" + $json.messageId }}' } });
		await n8n.importWorkflows([triggeredWorkflow(WORKFLOW_ID, accountWebhookTrigger(n8n.nodeType, NODE_ID), update)]);
		await n8n.activateWorkflows([WORKFLOW_ID]);
		server = await n8n.serve();
		rest = await ownerSession(server.url);
		await waitFor('the webhook registration', () => webhooksOf(account).length === 1);
		await savedTriggerData(rest, WORKFLOW_ID, 'ChatWoot Trigger');
	}, 300_000);

	afterAll(async () => {
		await server?.stop();
		await mock?.stop();
		n8n?.remove();
	});

	test(`${FORGED} forged or malformed deliveries among ${VALID} valid ones: every forged one refused, every valid one run once`, async () => {
		const [webhook] = webhooksOf(mock.accounts.get(1)!);
		// Just over n8n's 16 MB limit: big enough to be refused, small enough for a CI machine.
		const outcomes = await runAttack(new Attacker(webhook.url, webhook.secret, 17), planAttack(FORGED, VALID), 10);
		await waitFor('every valid run', () => runIds().length >= VALID, 120_000);
		// A little longer, so that a late run (forged, or valid twice) would show.
		await new Promise((resolve) => setTimeout(resolve, 3000));

		expect(attackProblems(outcomes, runIds())).toEqual([]);
		expect(runIds()).toHaveLength(VALID);
		expect(await savedExecutions(rest, WORKFLOW_ID)).toBe(VALID);
		const expected = Object.fromEntries([
			['valid', { 200: VALID }],
			...Object.keys(ATTACKS).map((kind) => [kind, { [REFUSED_WITH[kind]]: FORGED / Object.keys(ATTACKS).length }]),
		]);
		// n8n 1.x answers its body parser's refusals with codes of its own; the check above holds for both.
		if (runtime.version.startsWith('2.')) expect(statusesByKind(outcomes)).toEqual(expected);
		// Our node's refusals say why and never name the secret.
		for (const outcome of outcomes.filter((each) => each.status === 401)) {
			expect(outcome.answer).toMatch(/^\{"message":"The event/);
			expect(outcome.answer).not.toContain(webhook.secret);
		}
		expect(mock.contractViolations()).toEqual([]);
	}, 300_000);
});
