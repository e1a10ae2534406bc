import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'flatted';

import { createChatWootMock, seedApiInbox, seedContact } from '../mock-chatwoot';
import type { ChatWootMock, Failure, FailureTarget } from '../mock-chatwoot';
import type { Account } from '../mock-chatwoot/auth';
import { deliverEvent, webhooksOf } from '../mock-chatwoot/resources/webhooks';
import { messageCreated } from '../trigger/payloads';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { N8nRunOutput, RunningN8n } from './n8n';
import { accountWebhookTrigger, credential, CREDENTIAL_ID, itemsFrom, triggeredWorkflow } from './workflows';

/**
 * The faults of a ChatWoot (or of what stands in front of it) in real n8n, one `n8n start` for
 * them all: each workflow starts at its own webhook, the mock misbehaves for the request the
 * test names, and the execution n8n saved in its database is read back. Then the secrets:
 * n8n logs at debug level to a file, and neither the log, the database nor the errors may hold
 * the user token, the Client API's HMAC token or the secret ChatWoot signs webhooks with.
 */
/** node:sqlite (Node 22.5+; these tests run on Node 24), typed as far as used here: the project's Node types predate it. */
interface Database {
	prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
	exec(sql: string): void;
	close(): void;
}
const { DatabaseSync } = require('node:sqlite') as { DatabaseSync: new (file: string, options: { readOnly: boolean }) => Database };

/** n8n's database, read while n8n writes it: n8n 1.x does not use SQLite's WAL, so a reader waits for the writer. */
function openDatabase(file: string): Database {
	const db = new DatabaseSync(file, { readOnly: true });
	db.exec('PRAGMA busy_timeout = 10000');
	return db;
}

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-faults-user-token-5d1c8b';
const HMAC_TOKEN = 'e2e-faults-hmac-token-9a7e42';
const INBOX_IDENTIFIER = 'faults-inbox';
const CLIENT_CREDENTIAL_ID = 'cwFaultsClient';
const A = '/api/v1/accounts/1';

let mock: ChatWootMock;
let account: Account;
let n8n: N8nInstance;
let server: RunningN8n;
const logFolder = mkdtempSync(join(tmpdir(), 'n8n-faults-log-'));

type Parameters = Record<string, unknown>;
/** A node of a workflow, as workflows.ts builds them. */
type Step = { name: string; type: string; typeVersion: number; parameters: object; credentials?: object };

/** A ChatWoot node that stops the workflow on a failure, or with Continue On Fail keeps going. */
function chatWoot(parameters: Parameters, continueOnFail: boolean) {
	return {
		name: 'ChatWoot',
		type: `${n8n.nodeType}`,
		typeVersion: 1,
		parameters: { accountId: '1', ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
}

/** A workflow started by POST /webhook/<id>, answering once it is done. */
function webhookWorkflow(id: string, steps: Step[], settings: Parameters = {}) {
	const trigger = {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: id,
		parameters: { httpMethod: 'POST', path: id, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
	const built = triggeredWorkflow(id, trigger, ...steps);
	return { ...built, settings: { ...built.settings, ...settings } };
}

/**
 * Activating a workflow is an n8n CLI run each (half a minute on a busy machine), and n8n 2.x
 * runs only published sub-workflows, so one active workflow holds every scenario: its webhook
 * is given the scenario's id, and a Switch sends the item down that scenario's nodes, whose
 * names start with the id.
 */
const DISPATCHER = 'fDispatch';

interface Scenario {
	id: string;
	steps: Step[];
}

const scenario = (id: string, steps: Step[]): Scenario => ({ id, steps });

function dispatcher(scenarios: Scenario[]) {
	const ids = scenarios.map(({ id }) => id);
	const route = {
		name: 'Route',
		type: 'n8n-nodes-base.switch',
		typeVersion: 3,
		parameters: { mode: 'expression', numberOutputs: ids.length, output: `={{ ${JSON.stringify(ids)}.indexOf($json.body.scenario) }}` },
	};
	const built = webhookWorkflow(DISPATCHER, [route]);
	const chains = scenarios.map(({ id, steps }) => steps.map((step) => ({ ...step, name: `${id}: ${step.name}` })));
	const nodes = [...built.nodes, ...chains.flat().map((node, index) => ({ id: `${DISPATCHER}-s${index}`, position: [440 + index * 220, 200], ...node }))];
	const connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }> = {
		...built.connections,
		[route.name]: { main: chains.map((chain) => [{ node: chain[0].name, type: 'main', index: 0 }]) },
	};
	for (const chain of chains) {
		chain.slice(0, -1).forEach((node, index) => (connections[node.name] = { main: [[{ node: chain[index + 1].name, type: 'main', index: 0 }]] }));
	}
	return { ...built, nodes, connections };
}

const contactIds = (ids: number[]) => itemsFrom(ids.map((id) => ({ id })));
const getContacts = (id: string, ids: number[], continueOnFail: boolean) =>
	scenario(id, [...contactIds(ids), chatWoot({ resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' }, continueOnFail)]);
const createContacts = (id: string, names: string[], continueOnFail: boolean) =>
	scenario(id, [...itemsFrom(names.map((name) => ({ name }))), chatWoot({ resource: 'contact', operation: 'create', name: '={{ $json.name }}' }, continueOnFail)]);
const listAll = (id: string) => scenario(id, [chatWoot({ resource: 'contact', operation: 'getMany', returnAll: true }, false)]);

const contactCount = () => account.contacts.size;
const requestsTo = (method: string, path: string) => mock.requests.filter((request) => request.method === method && request.path === path);

/** The database n8n keeps its executions and credentials in (SQLite, in its user folder). */
const databaseFile = () => join(n8n.userFolder, '.n8n', 'database.sqlite');

interface SavedExecution {
	status: string;
	run: N8nRunOutput;
	/** How the scenario's node names start in the dispatcher ('' in a workflow of its own). */
	prefix: string;
}

/** The last finished execution of a workflow after execution `after` that ran `node`, as n8n saved it. */
async function lastExecution(workflowId: string, after: number, node = 'ChatWoot'): Promise<SavedExecution> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const db = openDatabase(databaseFile());
		try {
			const row = db
				.prepare(
					`SELECT e.id AS id, e.status AS status, d.data AS data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id
					 WHERE e.workflowId = ? ORDER BY CAST(e.id AS INTEGER) DESC LIMIT 1`,
				)
				.get(workflowId) as { id: number | string; status: string; data: string } | undefined;
			if (row && Number(row.id) > after && !['new', 'running', 'waiting'].includes(row.status)) {
				const data = parse(row.data) as N8nRunOutput['data'];
				if (data.resultData.runData[node]) return { status: row.status, run: { data }, prefix: '' };
			}
		} finally {
			db.close();
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`No finished execution of ${workflowId} that ran ${node} within 60 s`);
}

/** The highest execution id so far, so a run's execution is told from the earlier ones. */
function lastExecutionId(): number {
	const db = openDatabase(databaseFile());
	try {
		return Number((db.prepare('SELECT MAX(CAST(id AS INTEGER)) AS id FROM execution_entity').get() as { id: number | null }).id ?? 0);
	} finally {
		db.close();
	}
}

/**
 * Runs a workflow, through the dispatcher unless it has a webhook of its own (retrying while n8n
 * still activates it), and returns the execution n8n saved.
 */
async function run(workflowId: string, { own = false } = {}): Promise<SavedExecution & { answer: number; seconds: number }> {
	const after = lastExecutionId();
	const started = Date.now();
	for (let attempt = 0; ; attempt++) {
		const response = await fetch(`${server.url}/webhook/${own ? workflowId : DISPATCHER}`, {
			method: 'POST',
			body: JSON.stringify({ scenario: workflowId }),
			headers: { 'Content-Type': 'application/json' },
		});
		if (response.status !== 404 || attempt > 60) {
			await response.text();
			const prefix = own ? '' : `${workflowId}: `;
			// A run stopped by its Timeout is saved without the node that was still waiting (n8n 1.x): its trigger ran.
			const execution = await lastExecution(own ? workflowId : DISPATCHER, after, own ? 'Webhook' : `${prefix}ChatWoot`);
			return { ...execution, prefix, answer: response.status, seconds: (Date.now() - started) / 1000 };
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

const nodeRun = (execution: SavedExecution) => execution.run.data.resultData.runData[`${execution.prefix}ChatWoot`]?.[0];
const outputOf = (execution: SavedExecution) => nodeRun(execution)?.data?.main[0] ?? [];
const errorOf = (execution: SavedExecution) => nodeRun(execution)?.error ?? execution.run.data.resultData.error;
/** Each output item as its record's id, or its error message (Continue On Fail). */
const itemsOf = (execution: SavedExecution) => outputOf(execution).map((item) => item.json.id ?? item.json.error);

/** What every test saw, printed at the end as the rows of test/e2e/FAULTS.md. */
const matrix: string[] = [];
const note = (fault: string, seen: string, continued: string, once: string) => matrix.push(`| ${fault} | ${seen} | ${continued} | ${once} |`);

/** Every error n8n saved, for the secrets check. */
const errorsSeen: unknown[] = [];

describe(`Faults in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		process.env.MOCK_RETRY_AFTER = '1';
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		for (let i = 1; i <= 40; i++) seedContact(account, { name: `Person ${i}`, email: `person${i}@example.com` });
		seedApiInbox(mock, INBOX_IDENTIFIER, 1, 'Chat', { hmacToken: HMAC_TOKEN });

		n8n = new N8nInstance({
			...runtime,
			extraEnv: { ...runtime.extraEnv, N8N_LOG_LEVEL: 'debug', N8N_LOG_OUTPUT: 'console,file', N8N_LOG_FILE_LOCATION: join(logFolder, 'n8n.log') },
		});
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, baseUrl, TOKEN),
			{ id: CLIENT_CREDENTIAL_ID, name: 'ChatWoot Client', type: 'chatWootClientApi', data: { baseUrl, inboxIdentifier: INBOX_IDENTIFIER, hmacToken: HMAC_TOKEN } },
		]);
		const scenarios = [
			listAll('fListAll'),
			getContacts('fGetStop', [2], false),
			getContacts('fGetContinue', [1, 2, 3], true),
			createContacts('fCreateStop', ['Created Once'], false),
			createContacts('fCreateContinue', ['First New', 'Second New', 'Third New'], true),
			scenario('fClient', [
				{
					name: 'ChatWoot',
					type: `${n8n.nodeType}Client`,
					typeVersion: 1,
					parameters: { resource: 'contact', operation: 'create', additionalFields: { name: 'Visitor', identifier: 'visitor-1' } },
					credentials: { chatWootClientApi: { id: CLIENT_CREDENTIAL_ID, name: 'ChatWoot Client' } },
				},
			]),
		];
		const active = [
			dispatcher(scenarios),
			webhookWorkflow('fSlow', [chatWoot({ resource: 'contact', operation: 'get', contactId: '4' }, false)], { executionTimeout: 3 }),
			triggeredWorkflow('fTrigger', accountWebhookTrigger(n8n.nodeType, 'fTriggerHook'), chatWoot({ resource: 'contact', operation: 'get', contactId: '5' }, false)),
		];
		await n8n.importWorkflows(active);
		await n8n.activateWorkflows(active.map((workflow) => workflow.id));
		server = await n8n.serve();
	}, 600_000);

	afterAll(async () => {
		delete process.env.MOCK_RETRY_AFTER;
		await server?.stop();
		await mock?.stop();
		process.stdout.write(`\nFault matrix on n8n ${runtime.version}:\n${matrix.join('\n')}\n`);
		n8n?.remove();
		rmSync(logFolder, { recursive: true, force: true });
	});

	beforeEach(() => mock.clearFailures());
	afterEach(() => expect(mock.contractViolations()).toEqual([]));

	test('a 429 and a 502 in the middle of Return All: waited for (Retry-After 1 s from the mock), every contact output once', async () => {
		mock.failNext({ kind: 'rateLimit' }, 1, { method: 'GET', path: `${A}/contacts`, query: { page: '2' } });
		mock.failNext({ kind: 'proxyPage', status: 502 }, 1, { method: 'GET', path: `${A}/contacts`, query: { page: '3' } });
		const execution = await run('fListAll');
		expect(errorOf(execution)).toBeUndefined();
		const ids = itemsOf(execution);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(contactCount());
		const pages = requestsTo('GET', `${A}/contacts`).map((request) => request.query.page);
		expect(pages.filter((page) => page === '2')).toHaveLength(2);
		expect(execution.seconds).toBeGreaterThanOrEqual(1);
		note('429 (Retry-After: 1) on page 2 and a proxy 502 page on page 3 of Return All', `nothing: both pages asked again, ${ids.length} contacts in ${execution.seconds.toFixed(1)} s`, '—', 'each contact once, none lost');
	}, 120_000);

	// [fault, failure, the message, how many requests n8n sends for the item]: n8n itself sends a request again once on a 401 (to refresh credentials that can be).
	const faults: Array<[string, Failure, RegExp, number?]> = [
		['connection reset', { kind: 'reset' }, /^Could not reach ChatWoot at http:\/\/127\.0\.0\.1:\d+: the connection was closed unexpectedly$/],
		['401 (token revoked)', { kind: 'unauthorized' }, /^ChatWoot answered 401: Invalid Access Token$/, 2],
		['cut-off JSON (200)', { kind: 'cutOffJson' }, /^ChatWoot's answer is not JSON: JSON that is cut off or malformed \(HTTP 200, application\/json; charset=utf-8\)$/],
		['proxy HTML page (200)', { kind: 'proxyPage', status: 200 }, /^ChatWoot's answer is not JSON: an HTML page \(HTTP 200, text\/html\)$/],
		// n8n 1.x drops a body that is not JSON before the node sees it: the status is all that is left.
		['proxy 502 page', { kind: 'proxyPage', status: 502 }, /^ChatWoot answered 502 (with an HTML page \("502 Bad Gateway"\)|without an explanation)$/],
	];

	test.each(faults)('%s on Contact Get: the execution fails naming it; with Continue On Fail only that item fails', async (label, failure, message, sent = 1) => {
		const target: FailureTarget = { method: 'GET', path: `${A}/contacts/2` };
		const asked = () => requestsTo('GET', `${A}/contacts/2`).length;
		const before = asked();
		mock.failNext(failure, sent, target);
		const stopped = await run('fGetStop');
		expect(stopped.status).toBe('error');
		const error = errorOf(stopped)!;
		expect(error.message).toMatch(message);
		expect(asked() - before).toBe(sent);
		errorsSeen.push(error);

		mock.failNext(failure, sent, target);
		const continued = await run('fGetContinue');
		expect(continued.status).toBe('success');
		const items = itemsOf(continued);
		expect(items[0]).toBe(1);
		expect(String(items[1])).toMatch(message);
		expect(items[2]).toBe(3);
		expect(outputOf(continued).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		errorsSeen.push(outputOf(continued)[1].json);
		note(`${label} on a Get`, `\`${error.message}\``, 'items 1 and 3 output, item 2 carries the error', sent === 1 ? 'one request per item, none repeated' : `${sent} requests for the failing item (n8n's own retry of a 401)`);
	}, 120_000);

	test('a 401 after the first page of Return All fails the item: no partial list is output', async () => {
		mock.failNext({ kind: 'unauthorized' }, 1, { method: 'GET', path: `${A}/contacts`, query: { page: '2' } });
		const execution = await run('fListAll');
		expect(execution.status).toBe('error');
		expect(errorOf(execution)?.message).toBe('ChatWoot answered 401: Invalid Access Token');
		expect(outputOf(execution)).toEqual([]);
		errorsSeen.push(errorOf(execution));
		note('401 on page 2 of Return All', `\`${errorOf(execution)!.message}\``, '(one item: it carries the error)', 'no partial list output');
	}, 120_000);

	test('a 500 answering a create after ChatWoot created the contact: not sent again, so the contact exists once', async () => {
		const target: FailureTarget = { method: 'POST', path: `${A}/contacts` };
		const before = contactCount();
		mock.failNext({ kind: 'serverError', afterHandling: true }, 1, target);
		const posts = requestsTo('POST', `${A}/contacts`).length;
		const stopped = await run('fCreateStop');
		expect(errorOf(stopped)?.message).toBe('ChatWoot answered 500: Internal Server Error');
		expect(requestsTo('POST', `${A}/contacts`).length - posts).toBe(1);
		expect(contactCount() - before).toBe(1);
		errorsSeen.push(errorOf(stopped));

		// The second of three creates fails after ChatWoot made it: three contacts, three requests.
		const counts = { posts: requestsTo('POST', `${A}/contacts`).length, contacts: contactCount() };
		mock.failNext({ kind: 'serverError', afterHandling: true }, 1, { ...target, after: 1 });
		const continued = await run('fCreateContinue');
		const items = itemsOf(continued);
		// One item carries the error, the other two their new contacts, each paired with its input item.
		expect(items.filter((item) => item === 'ChatWoot answered 500: Internal Server Error')).toHaveLength(1);
		expect(items.filter((item) => typeof item === 'number')).toHaveLength(2);
		expect(outputOf(continued).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(requestsTo('POST', `${A}/contacts`).length - counts.posts).toBe(3);
		expect(contactCount() - counts.contacts).toBe(3);
		note('500 answering a create (the contact was made)', `\`${errorOf(stopped)!.message}\``, 'two items created and output, one carries the error', 'one POST per item: each contact created once');
	}, 120_000);

	test('a server slower than the workflow timeout: the execution is stopped and says so; nothing is sent twice', async () => {
		// Far slower than the workflow's 3 s Timeout, so a run that waited for the answer stands out on a busy machine too.
		mock.failNext({ kind: 'slow', delayMs: 45_000 }, 1, { method: 'GET', path: `${A}/contacts/4` });
		const execution = await run('fSlow', { own: true });
		expect(requestsTo('GET', `${A}/contacts/4`)).toHaveLength(1);
		expect(execution.status).not.toBe('success');
		expect(execution.seconds).toBeLessThan(30);
		// n8n 2.x cancels the request and saves the node's error; n8n 1.x saves the cancelled run without the node and without an error.
		const message = errorOf(execution)?.message ?? `(no error saved, status ${execution.status})`;
		if (runtime.version.startsWith('2.')) {
			expect(message).toMatch(/^Could not reach ChatWoot at http:\/\/127\.0\.0\.1:\d+: the request was cancelled before ChatWoot answered \(the workflow timed out or was stopped\)$/);
		}
		note('server slower than the workflow Timeout (3 s; n8n\'s own request timeout is 300 s)', `\`${message}\` (status ${execution.status}, after ${execution.seconds.toFixed(1)} s)`, '(a workflow setting: the whole run stops)', 'one request, not repeated');
	}, 120_000);

	test('the Client API with identity validation: cut-off JSON fails the item; the HMAC token is not sent', async () => {
		const path = `/public/api/v1/inboxes/${INBOX_IDENTIFIER}/contacts`;
		mock.failNext({ kind: 'cutOffJson' }, 1, { method: 'POST', path });
		const execution = await run('fClient');
		expect(errorOf(execution)?.message).toBe("ChatWoot's answer is not JSON: JSON that is cut off or malformed (HTTP 200, application/json; charset=utf-8)");
		const [sent] = requestsTo('POST', path).slice(-1);
		expect(sent.body).toMatchObject({ identifier: 'visitor-1', identifier_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
		expect(JSON.stringify(sent)).not.toContain(HMAC_TOKEN);
		errorsSeen.push(errorOf(execution));
	}, 120_000);

	test('an account-webhook event whose workflow fails: the trigger verified it with the secret ChatWoot gave', async () => {
		const [webhook] = await waitForWebhook();
		const after = lastExecutionId();
		mock.failNext({ kind: 'cutOffJson' }, 1, { method: 'GET', path: `${A}/contacts/5` });
		const [delivery] = await deliverEvent(mock, 1, messageCreated({ id: 7001, sender: { id: 5, type: 'contact' } }));
		expect(delivery.status).toBe(200);
		const execution = await lastExecution('fTrigger', after);
		expect(execution.status).toBe('error');
		expect(errorOf(execution)?.message).toMatch(/^ChatWoot's answer is not JSON/);
		errorsSeen.push(errorOf(execution));
		expect(webhook.secret).toMatch(/^[0-9a-f]{24}$/);
	}, 120_000);

	async function waitForWebhook() {
		for (let attempt = 0; attempt < 120; attempt++) {
			const registered = webhooksOf(account);
			if (registered.length) return registered;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error('The trigger did not register its webhook');
	}

	test('secrets: the debug log, every saved execution, the database and the errors hold no token, HMAC token or webhook secret', async () => {
		const secrets = { 'user token': TOKEN, 'HMAC token': HMAC_TOKEN, 'webhook secret': webhooksOf(account)[0].secret };
		// Stop n8n first, so its log is complete and its database written out.
		await server.stop();
		const logFiles = readdirSync(logFolder).map((file) => join(logFolder, file));
		const log = logFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
		expect(log).toMatch(/debug/i);
		const db = openDatabase(databaseFile());
		const saved = db.prepare('SELECT data, workflowData FROM execution_data').all() as Array<{ data: string; workflowData: string }>;
		const executions = saved.map((row) => row.data);
		const credentials = (db.prepare('SELECT data FROM credentials_entity').all() as Array<{ data: string }>).map((row) => row.data);
		db.close();
		expect(executions.length).toBeGreaterThanOrEqual(12);
		const databaseFiles = [databaseFile(), `${databaseFile()}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file).toString('latin1'));
		for (const [name, secret] of Object.entries(secrets)) {
			expect([name, log.includes(secret)]).toEqual([name, false]);
			expect([name, executions.filter((execution) => execution.includes(secret)).length]).toEqual([name, 0]);
			expect([name, JSON.stringify(errorsSeen).includes(secret)]).toEqual([name, false]);
			expect([name, credentials.some((data) => data.includes(secret))]).toEqual([name, false]);
		}
		// The trigger keeps the webhook's secret in memory only, not in static data (which n8n 1.x copies into every execution's workflow snapshot).
		for (const [name, secret] of Object.entries(secrets)) {
			expect([name, databaseFiles.some((bytes) => bytes.includes(secret))]).toEqual([name, false]);
			expect([name, saved.some((row) => row.workflowData.includes(secret))]).toEqual([name, false]);
		}
		note(
			'secrets (debug log, saved executions, credentials, database file, errors)',
			`no user token, HMAC token or webhook secret in ${Math.round(log.length / 1024)} KB of debug log, the run data and workflow snapshots of ${executions.length} saved executions, or anywhere in the database file`,
			'—',
			'—',
		);
	}, 120_000);
});
