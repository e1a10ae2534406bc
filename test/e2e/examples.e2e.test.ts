import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { summarize } from '../../nodes/ChatWootTrigger/events';
import { createChatWootMock, seedAgentSummary, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import type { Account } from '../mock-chatwoot/auth';
import { seedConversation, seedTeam } from '../mock-chatwoot/resources/conversations';
import { messageCreated } from '../trigger/payloads';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { credential, CREDENTIAL_ID } from './workflows';

/**
 * The importable workflows in examples/, as a user imports them, executed in real n8n against the
 * ChatWoot mock. Only what a test cannot do is changed: the test's credentials are set on the
 * ChatWoot nodes, a ChatWoot Trigger becomes a Manual Trigger followed by a node of the trigger's
 * name that outputs what the trigger outputs for a realistic event (so expressions such as
 * `$('ChatWoot Trigger').item.json.conversationId` keep working), a Schedule Trigger becomes a
 * Manual Trigger, and the CSV example reads a file of the test's.
 */
const runtime = runtimeFromEnv();
const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const TOKEN = 'e2e-examples-token-5b2d';
const BOT_TOKEN = 'e2e-examples-bot-token-9e41';
const BOT_CREDENTIAL_ID = 'cwExampleBot';
const PACKAGE_NAME: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name;

interface ExampleNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: number[];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
}
interface Example {
	name: string;
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }>;
	settings: Record<string, unknown>;
}

const readExample = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Example;

/** What a test must change in an example to run it with `n8n execute`, and nothing else. */
function runnable(file: string, id: string, { triggerOutput, filePath }: { triggerOutput?: object; filePath?: string } = {}) {
	const example = readExample(file);
	const nodes: ExampleNode[] = [];
	const connections = { ...example.connections };
	for (const node of example.nodes) {
		if (node.type === `${PACKAGE_NAME}.chatWootTrigger`) {
			const start = `${node.name} (test start)`;
			nodes.push({ id: `${node.id}-start`, name: start, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [node.position[0], node.position[1] + 200], parameters: {} });
			nodes.push({
				id: node.id,
				name: node.name,
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: node.position,
				parameters: { mode: 'raw', jsonOutput: JSON.stringify(triggerOutput), options: {} },
			});
			connections[start] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
		} else if (node.type === 'n8n-nodes-base.scheduleTrigger') {
			nodes.push({ ...node, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} });
		} else if (node.type === `${PACKAGE_NAME}.chatWoot`) {
			const asBot = node.parameters.authentication === 'agentBotToken';
			const credentials: Record<string, { id: string; name: string }> = asBot
				? { chatWootAgentBotApi: { id: BOT_CREDENTIAL_ID, name: `ChatWoot ${BOT_CREDENTIAL_ID}` } }
				: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } };
			nodes.push({ ...node, credentials });
		} else if (node.type === 'n8n-nodes-base.readWriteFile' && filePath) {
			nodes.push({ ...node, parameters: { ...node.parameters, fileSelector: filePath } });
		} else {
			nodes.push(node);
		}
	}
	return { ...example, id, name: example.name, active: false, nodes, connections, pinData: {} };
}

/** What the ChatWoot Trigger outputs for an event: its summary, then the whole payload. */
const triggerItem = (payload: Parameters<typeof summarize>[0]) => ({ ...summarize(payload), payload });

let mock: ChatWootMock;
let account: Account;
let n8n: N8nInstance;
let firstRequest = 0;
const outputOf = (execution: Execution, node: string) => (execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? []).map((item) => item.json);
const sent = () => mock.requests.slice(firstRequest).map((request) => `${request.method} ${request.path}`);
const requestsTo = (method: string, path: string) => mock.requests.slice(firstRequest).filter((request) => request.method === method && request.path === path);

async function run(id: string): Promise<Execution> {
	const execution = await n8n.execute(id);
	if (execution.exitCode !== 0) throw new Error(`${id} failed:\n${execution.output.slice(-4000)}`);
	return execution;
}

describe(`The examples/ workflows in real n8n ${runtime.version}`, () => {
	let conversationId = 0;
	let csvPath = '';

	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		account = mock.addAccount(1, 'Acme');
		mock.addUser({ name: 'Ada Admin', email: 'ada@example.com', accessToken: TOKEN, accountIds: [1] }); // user 1
		mock.addUser({ name: 'Bob Agent', email: 'bob@example.com', accessToken: 'e2e-examples-bob', accountIds: [1] }); // user 2
		mock.addUser({ name: 'Answer Bot', email: 'bot@example.com', accessToken: BOT_TOKEN, accountIds: [1], kind: 'agentBot' });
		seedContact(account, { name: 'alice', email: 'alice@example.com' });
		seedContact(account, { name: 'Carol Old Name', email: 'carol@example.com' });
		seedTeam(account, 'Support'); // team 1, as the triage example assigns
		conversationId = seedConversation(account).id;
		seedAgentSummary(account, [
			{ id: 1, conversations_count: 12, resolved_conversations_count: 10, avg_resolution_time: 5400, avg_first_response_time: 150, avg_reply_time: 90 },
			{ id: 2, conversations_count: 0, resolved_conversations_count: 0, avg_resolution_time: null, avg_first_response_time: null, avg_reply_time: null },
		]);

		n8n = new N8nInstance(runtime);
		csvPath = join(n8n.filesFolder, 'contacts.csv');
		writeFileSync(
			csvPath,
			['email,name,phone,customer_id', 'carol@example.com,Carol Jones,+14155550101,crm-1', 'dan@example.com,"Dan, Jr.",+14155550102,crm-2', ''].join('\n'),
		);
		const message = messageCreated({
			id: 901,
			content: 'Where is my order?',
			sender: { id: 1, name: 'Alice Smith', email: 'alice@example.com', phone_number: null, type: 'contact' },
			conversation: { id: conversationId, inbox_id: 1, status: 'open', account: { id: 1, name: 'Acme' }, meta: { sender: { id: 1, type: 'contact' }, assignee: null } },
		});
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, baseUrl, TOKEN),
			{ id: BOT_CREDENTIAL_ID, name: `ChatWoot ${BOT_CREDENTIAL_ID}`, type: 'chatWootAgentBotApi', data: { baseUrl, accessToken: BOT_TOKEN } },
		]);
		await n8n.importWorkflows([
			runnable('incoming-message-triage.json', 'exTriage', { triggerOutput: triggerItem(message) }),
			runnable('agent-bot-reply.json', 'exBotReply', { triggerOutput: triggerItem(message) }),
			runnable('nightly-agent-report.json', 'exReport'),
			runnable('help-center-publisher.json', 'exHelpCenter'),
			runnable('contact-sync-from-csv.json', 'exCsvSync', { filePath: csvPath }),
		]);
	}, 240_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	beforeEach(() => {
		firstRequest = mock.requests.length;
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('every example is a workflow of this package that n8n can import', () => {
		const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));
		expect(files.sort()).toEqual(['agent-bot-reply.json', 'contact-sync-from-csv.json', 'help-center-publisher.json', 'incoming-message-triage.json', 'nightly-agent-report.json']);
		for (const file of files) {
			const example = readExample(file);
			const names = new Set(example.nodes.map((node) => node.name));
			expect(names.size).toBe(example.nodes.length);
			for (const [from, { main }] of Object.entries(example.connections)) {
				expect(names.has(from)).toBe(true);
				for (const target of main.flat()) expect(names.has(target.node)).toBe(true);
			}
			// No credential of anyone's in a shared file: n8n asks for the user's own on first open.
			expect(example.nodes.filter((node) => node.credentials)).toEqual([]);
			expect(example.nodes.some((node) => node.type.startsWith(`${PACKAGE_NAME}.`))).toBe(true);
		}
	});

	test('triage: an incoming message updates its contact, labels the conversation and assigns the support team', async () => {
		const execution = await run('exTriage');
		const path = `/api/v1/accounts/1/conversations/${conversationId}`;
		expect(sent()).toEqual([
			'GET /api/v1/accounts/1/contacts/search',
			'PUT /api/v1/accounts/1/contacts/1',
			`GET ${path}/labels`,
			`POST ${path}/labels`,
			`POST ${path}/assignments`,
		]);
		expect(requestsTo('PUT', '/api/v1/accounts/1/contacts/1')[0].body).toEqual({ name: 'Alice Smith', email: 'alice@example.com' });
		expect(account.contacts.get(1)!.name).toBe('Alice Smith');
		expect(requestsTo('POST', `${path}/labels`)[0].body).toEqual({ labels: ['inbound'] });
		expect(requestsTo('POST', `${path}/assignments`)[0].body).toEqual({ team_id: 1 });
		expect(outputOf(execution, 'Assign to Support Team')).toEqual([{ conversation_id: 1, id: 1, name: 'Support' }]);
	}, 120_000);

	test('agent bot: the reply goes into the conversation with the bot token', async () => {
		const execution = await run('exBotReply');
		const [reply, ...others] = requestsTo('POST', `/api/v1/accounts/1/conversations/${conversationId}/messages`);
		expect(others).toEqual([]);
		expect(reply.headers['api-access-token']).toBe(BOT_TOKEN);
		expect(reply.body).toEqual({ content: 'Thanks, Alice Smith! We received "Where is my order?". An agent will answer soon.' });
		expect(outputOf(execution, 'Reply as the Bot')).toEqual([expect.objectContaining({ content: (reply.body as { content: string }).content })]);
	}, 120_000);

	test('nightly report: yesterday’s agent summary as spreadsheet rows with agent names, and a CSV file', async () => {
		const execution = await run('exReport');
		const [report] = requestsTo('GET', '/api/v2/accounts/1/summary_reports/agent');
		const since = Number(report.query.since);
		const until = Number(report.query.until);
		expect(until - since).toBeGreaterThanOrEqual(23 * 3600); // one day (23 to 25 hours around a DST change)
		expect(until - since).toBeLessThanOrEqual(25 * 3600);
		expect(until).toBeLessThanOrEqual(Date.now() / 1000);
		expect(requestsTo('GET', '/api/v1/accounts/1/agents')).toHaveLength(1);
		const rows = outputOf(execution, 'Spreadsheet Rows');
		expect(rows.map(({ Date: _date, ...row }) => row)).toEqual([
			{ Agent: 'Ada Admin', Conversations: 12, Resolved: 10, 'Avg First Response (min)': '3', 'Avg Resolution (min)': '90' },
			{ Agent: 'Bob Agent', Conversations: 0, Resolved: 0, 'Avg First Response (min)': '', 'Avg Resolution (min)': '' },
		]);
		expect(rows[0].Date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const file = execution.run?.data.resultData.runData['CSV File']?.[0]?.data?.main[0]?.[0] as { binary?: Record<string, { fileName?: string; mimeType?: string }> } | undefined;
		expect(file?.binary?.data).toMatchObject({ fileName: `agent-summary-${String(rows[0].Date)}.csv`, mimeType: 'text/csv' });
	}, 120_000);

	test('help center: a portal, a category and one published article per item', async () => {
		const execution = await run('exHelpCenter');
		expect(sent().filter((request) => request.startsWith('POST'))).toEqual([
			'POST /api/v1/accounts/1/portals',
			'POST /api/v1/accounts/1/portals/help/categories',
			'POST /api/v1/accounts/1/portals/help/articles',
			'POST /api/v1/accounts/1/portals/help/articles',
		]);
		const categoryId = outputOf(execution, 'Category')[0].id;
		expect(outputOf(execution, 'Publish Article')).toEqual([
			expect.objectContaining({ title: 'Create your account', status: 'published', category_id: categoryId }),
			expect.objectContaining({ title: 'Invite your team', status: 'published', category_id: categoryId }),
		]);
	}, 120_000);

	test('CSV sync: each row updates the contact with its email or creates it', async () => {
		const execution = await run('exCsvSync');
		expect(requestsTo('PUT', '/api/v1/accounts/1/contacts/2')[0].body).toEqual({
			email: 'carol@example.com',
			name: 'Carol Jones',
			phone_number: '+14155550101',
			identifier: 'crm-1',
		});
		const [created] = requestsTo('POST', '/api/v1/accounts/1/contacts');
		expect(created.body).toEqual({ email: 'dan@example.com', name: 'Dan, Jr.', phone_number: '+14155550102', identifier: 'crm-2' });
		expect(outputOf(execution, 'Create or Update Contact').map((contact) => [contact.email, contact.name])).toEqual([
			['carol@example.com', 'Carol Jones'],
			['dan@example.com', 'Dan, Jr.'],
		]);
		expect([...account.contacts.values()].filter((contact) => contact.email === 'carol@example.com')).toHaveLength(1);
	}, 120_000);
});
