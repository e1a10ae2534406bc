import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import type { Account } from '../mock-chatwoot/auth';
import { seedConversationAsListed } from '../mock-chatwoot/resources/conversations';
import { messagesOf } from '../mock-chatwoot/resources/messages';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution, RunningN8n } from './n8n';
import { AGENT, agentWorkflow, chatTrigger, chatWootTool, credential, CREDENTIAL_ID, scriptedChatModel } from './workflows';

/**
 * n8n's AI Agent using the ChatWoot node as its tools, in a real n8n 2.x. No chat model runs
 * offline, so a scripted one (test/e2e/fixtures/n8n-nodes-fake-chat-model) stands in for it:
 * it asks for the tools by name with the arguments the test wrote, and records the tool answers
 * it got back. The tools' parameters come from the model through `$fromAI()`.
 */
const runtime = runtimeFromEnv();
// The AI Agent 3.x and n8n's engine-run tools are n8n 2.x's; 1.x's agent runs tools itself.
const describeOnV2 = runtime.version.startsWith('1.') ? describe.skip : describe;
const TOKEN = 'e2e-ai-agent-token-8d1f';
const FIXTURE = join(__dirname, 'fixtures', 'n8n-nodes-fake-chat-model');
const CHAT_WEBHOOK_ID = '3b9e7c1a-6d2f-4e8b-9a0c-5f4d2e1b7a60';
const SUPPORT_PROMPT = (conversation: number) => `Tell alice@example.com, waiting in conversation ${conversation}, that her order has shipped.`;
/** The model's part: find the contact, answer in the conversation by her name, report what it did. */
const SUPPORT_SCRIPT = (conversation: number) => [
	{ tool: 'Search_Contacts', args: { query: 'alice@example.com' } },
	{ tool: 'Send_Message', args: { conversationId: conversation, content: 'Hi [[1.0.name]], your order has shipped.' } },
	{ answer: 'Told [[1.0.name]] (contact [[1.0.id]]) in message [[2.0.id]].' },
];
const CONVERSATIONS_LISTED = 25;
/** A listed conversation as ChatWoot 4.15.1 answers it (seedConversationAsListed), and what Simplified keeps of it. */
const RAW_CONVERSATION_KEYS = [
	'account_id', 'additional_attributes', 'agent_last_seen_at', 'applied_sla', 'assignee_last_seen_at', 'can_reply', 'contact_last_seen_at', 'created_at',
	'custom_attributes', 'first_reply_created_at', 'id', 'inbox_id', 'labels', 'last_activity_at', 'last_non_activity_message', 'messages', 'meta', 'muted',
	'priority', 'sla_events', 'sla_policy_id', 'snoozed_until', 'status', 'timestamp', 'unread_count', 'updated_at', 'uuid', 'waiting_since',
];
const SIMPLIFIED_CONVERSATION_KEYS = ['assignee_name', 'id', 'inbox_id', 'labels', 'last_activity_at', 'last_message', 'priority', 'sender_id', 'sender_name', 'status'];

let mock: ChatWootMock;
let account: Account;
let n8n: N8nInstance;
let server: RunningN8n | undefined;

/** What the model received on each call: the tools bound to it and the tool answers so far. */
interface ModelCall {
	tools: string[];
	toolAnswers: string[];
}

const recordFile = (workflowId: string) => join(n8n.userFolder, `${workflowId}.model.jsonl`);
function modelCalls(workflowId: string): ModelCall[] {
	const file = recordFile(workflowId);
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as ModelCall);
}

type RunData = NonNullable<Execution['run']>['data']['resultData']['runData'];
type ToolRun = { data?: { ai_tool?: Array<Array<{ json: Record<string, unknown> }>> } };
const runDataOf = (execution: Execution): RunData => execution.run?.data.resultData.runData ?? {};
/** The agent runs again after each tool call; its last run holds the answer. */
const agentOutput = (execution: Execution) => runDataOf(execution)[AGENT]?.at(-1)?.data?.main[0]?.[0]?.json;
/** What a tool node gave the agent, as n8n serialises it for the model (the JSON of its items). */
const toolAnswer = (execution: Execution, tool: string) =>
	JSON.stringify(((runDataOf(execution)[tool]?.[0] as ToolRun | undefined)?.data?.ai_tool?.[0] ?? []).map((item) => item.json));

const searchContacts = (parameters: Record<string, unknown> = {}) =>
	chatWootTool(n8n.nodeType, 'Search Contacts', {
		resource: 'contact',
		operation: 'search',
		query: "={{ $fromAI('query', 'Part of a name, email or phone number', 'string') }}",
		...parameters,
	});
const sendMessage = (parameters: Record<string, unknown> = {}) =>
	chatWootTool(n8n.nodeType, 'Send Message', {
		resource: 'message',
		operation: 'create',
		conversationId: { __rl: true, mode: 'id', value: "={{ $fromAI('conversationId', 'The conversation to answer in', 'number') }}" },
		content: "={{ $fromAI('content', 'The text of the message', 'string') }}",
		...parameters,
	});
const getConversations = (outputFormat: string) =>
	chatWootTool(n8n.nodeType, 'Get Conversations', {
		resource: 'conversation',
		operation: 'getMany',
		returnAll: false,
		limit: "={{ $fromAI('limit', 'How many conversations to list', 'number') }}",
		outputFormat,
	});

describeOnV2(`The ChatWoot node as AI Agent tools in real n8n ${runtime.version}`, () => {
	let aliceId: number;
	let aliceConversation: number;

	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		seedContact(account, { name: 'Bob Stone', email: 'bob@example.com' });
		const alice = seedContact(account, { name: 'Alice Liddell', email: 'alice@example.com', phone_number: '+15550100' });
		aliceId = alice.id;
		aliceConversation = seedConversationAsListed(account, alice, 0).id;
		for (let i = 1; i < CONVERSATIONS_LISTED; i++) seedConversationAsListed(account, alice, i);

		n8n = new N8nInstance(runtime);
		n8n.installFixturePackage(FIXTURE);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		const support = (id: string) => scriptedChatModel(SUPPORT_SCRIPT(aliceConversation), recordFile(id));
		const supportTools = () => [searchContacts({ outputFormat: 'simplified' }), sendMessage({ outputFormat: 'simplified' })];
		await n8n.importWorkflows([
			agentWorkflow('wfAgentSupport', SUPPORT_PROMPT(aliceConversation), support('wfAgentSupport'), supportTools()),
			agentWorkflow('wfAgentChat', undefined, support('wfAgentChat'), supportTools(), chatTrigger(CHAT_WEBHOOK_ID)),
			...['raw', 'simplified'].map((outputFormat) => {
				const id = `wfAgentList${outputFormat}`;
				const script = [{ tool: 'Get_Conversations', args: { limit: CONVERSATIONS_LISTED } }, { answer: 'Listed.' }];
				return agentWorkflow(id, 'Which conversations are open?', scriptedChatModel(script, recordFile(id)), [getConversations(outputFormat)]);
			}),
		]);
		await n8n.activateWorkflows(['wfAgentChat']);
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		await mock?.stop();
		n8n?.remove();
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	/**
	 * One run of the support flow: the mock saw exactly the calls the model chose, with its
	 * arguments; the model was offered both tools and got back their simplified records; the agent
	 * answered with the script's last step. Returns the tool answers the model saw, as n8n wrote them.
	 */
	function expectSupportRun(workflowId: string, before: number, output: unknown): string[] {
		const sent = mock.requests.slice(before);
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v1/accounts/1/contacts/search',
			`POST /api/v1/accounts/1/conversations/${aliceConversation}/messages`,
		]);
		expect(sent[0].query).toEqual({ q: 'alice@example.com', page: '1' });
		const message = messagesOf(account, aliceConversation).at(-1)!;
		expect(message.content).toBe('Hi Alice Liddell, your order has shipped.');

		const calls = modelCalls(workflowId);
		expect(calls.map((call) => call.toolAnswers.length)).toEqual([0, 1, 2]);
		expect(calls.every((call) => [...call.tools].sort().join() === 'Search_Contacts,Send_Message')).toBe(true);
		const [searchAnswer, messageAnswer] = calls[2].toolAnswers;
		// Simplified: the contact's and the message's few fields, flattened (nodes/ChatWoot/shared/simplify.ts).
		expect(JSON.parse(searchAnswer)).toEqual([
			{ id: aliceId, name: 'Alice Liddell', email: 'alice@example.com', phone_number: '+15550100', identifier: null, blocked: false, custom_attributes: {}, created_at: 1763000000, last_activity_at: null },
		]);
		expect(JSON.parse(messageAnswer)).toEqual([
			{ id: message.id, conversation_id: aliceConversation, content: 'Hi Alice Liddell, your order has shipped.', message_type: 1, private: false, sender_id: 1, sender_name: 'Agent', created_at: message.created_at },
		]);
		expect(output).toBe(`Told Alice Liddell (contact ${aliceId}) in message ${message.id}.`);
		return calls[2].toolAnswers;
	}

	test('run by hand: the agent finds the contact, answers in her conversation and reports back, through $fromAI() parameters', async () => {
		const before = mock.requests.length;
		const execution = await n8n.execute('wfAgentSupport');
		expect(execution.exitCode).toBe(0);
		const [searchAnswer, messageAnswer] = expectSupportRun('wfAgentSupport', before, agentOutput(execution)?.output);
		// What the model saw is what the tool nodes output, as n8n serialises it for a model.
		expect(searchAnswer).toBe(toolAnswer(execution, 'Search Contacts'));
		expect(messageAnswer).toBe(toolAnswer(execution, 'Send Message'));
	}, 300_000);

	test(`a tool answer for ${CONVERSATIONS_LISTED} conversations (Conversation → Get Many), raw and simplified: its size in bytes`, async () => {
		const bytes: Record<string, number> = {};
		for (const outputFormat of ['raw', 'simplified']) {
			const id = `wfAgentList${outputFormat}`;
			const execution = await n8n.execute(id);
			expect(execution.exitCode).toBe(0);
			const [answer] = modelCalls(id).at(-1)?.toolAnswers ?? [];
			expect(answer).toBe(toolAnswer(execution, 'Get Conversations'));
			const records = JSON.parse(answer) as Array<Record<string, unknown>>;
			expect(records).toHaveLength(CONVERSATIONS_LISTED);
			for (const record of records) expect(Object.keys(record).sort()).toEqual(outputFormat === 'raw' ? RAW_CONVERSATION_KEYS : SIMPLIFIED_CONVERSATION_KEYS);
			bytes[outputFormat] = Buffer.byteLength(answer);
		}
		// Printed for the README ("Outputs: Simplify and AI agents", the sizes table).
		console.log(
			`Tool answer for ${CONVERSATIONS_LISTED} conversations: raw ${bytes.raw} bytes, simplified ${bytes.simplified} bytes (${(bytes.raw / bytes.simplified).toFixed(1)}x smaller)`,
		);
		expect(bytes.simplified).toBeLessThan(bytes.raw);
	}, 300_000);

	test("a chat message to the published workflow (Chat Trigger, n8n's webhook) runs the same agent and answers with its output", async () => {
		const running = (server = await n8n.serve());
		const before = mock.requests.length;
		const chat = async () =>
			await fetch(`${running.url}/webhook/${CHAT_WEBHOOK_ID}/chat`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ action: 'sendMessage', sessionId: 'e2e-session', chatInput: SUPPORT_PROMPT(aliceConversation) }),
			});
		// The webhook answers 404 until n8n has finished activating published workflows.
		let response = await chat();
		for (const deadline = Date.now() + 60_000; response.status === 404 && Date.now() < deadline; response = await chat()) {
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		expect(response.status).toBe(200);
		const answer = (await response.json()) as { output?: string };
		expectSupportRun('wfAgentChat', before, answer.output);
	}, 300_000);
});
