import { spawn } from 'child_process';
import { createHmac } from 'crypto';
import { join } from 'path';

import type { INodeParameters, INodeType } from 'n8n-workflow';

import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { createChatWootMock, seedDemoAccount } from '.';
import type { ChatWootMock, DemoAccount } from '.';
import { table } from './auth';
import type { Conversation } from './resources/conversations';
import { messagesOf } from './resources/messages';

/** The demo account (`npm run mock`, the browser suite) answers what the README's walkthrough reads. */
const CONTACTS = 40;
let mock: ChatWootMock;
let demo: DemoAccount;

async function get(path: string, token: string | undefined = demo.tokens.administrator) {
	const response = await fetch(`${mock.baseUrl}${path}`, { headers: token ? { Api_Access_Token: token } : {} });
	return { status: response.status, body: await response.json() };
}

async function send(method: string, path: string, body: object, token: string = demo.tokens.administrator) {
	const response = await fetch(`${mock.baseUrl}${path}`, {
		method,
		headers: { Api_Access_Token: token, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
	mock = createChatWootMock();
	await mock.start();
	demo = seedDemoAccount(mock, { contacts: CONTACTS });
});
afterAll(async () => await mock.stop());

const account = '/api/v1/accounts/1';

test('inboxes of five channel types; the API inbox shows its identifier, and its tokens to administrators only', async () => {
	const { body } = await get(`${account}/inboxes`);
	expect(body.payload.map((inbox: { name: string; channel_type: string }) => [inbox.name, inbox.channel_type])).toEqual([
		['Website', 'Channel::WebWidget'],
		['Support API', 'Channel::Api'],
		['Email', 'Channel::Email'],
		['WhatsApp', 'Channel::Whatsapp'],
		['Telegram', 'Channel::Telegram'],
		['Verified API', 'Channel::Api'],
	]);
	expect(body.payload[1]).toMatchObject({ id: demo.inboxes.api, inbox_identifier: 'demo-api-inbox', hmac_mandatory: false, hmac_token: 'demo-api-hmac-token', secret: 'demo-api-inbox-secret' });
	expect(body.payload[5]).toMatchObject({ inbox_identifier: 'demo-verified-inbox', hmac_mandatory: true });
	const asAgent = await get(`${account}/inboxes`, demo.tokens.agent);
	expect(asAgent.body.payload[1]).toMatchObject({ inbox_identifier: 'demo-api-inbox' });
	expect(asAgent.body.payload[1]).not.toHaveProperty('hmac_token');
	expect(asAgent.body.payload[1]).not.toHaveProperty('secret');
	expect((await get(`${account}/inbox_members/${demo.inboxes.api}`)).body.payload.map((agent: { name: string }) => agent.name)).toEqual(['Dana Admin', 'Ava Agent']);
});

test('labels with colours, teams with their agents, agents by role and availability', async () => {
	const labels = (await get(`${account}/labels`)).body.payload;
	expect(labels.map((label: { title: string; color: string }) => [label.title, label.color])).toEqual([
		['billing', '#e11d48'],
		['vip', '#f59e0b'],
		['bug', '#7c3aed'],
		['feedback', '#10b981'],
		['sales', '#2563eb'],
	]);
	expect((await get(`${account}/teams`)).body.map((team: { id: number; name: string }) => [team.id, team.name])).toEqual([
		[1, 'support'],
		[2, 'sales'],
	]);
	expect((await get(`${account}/teams/1/team_members`)).body.map((agent: { name: string }) => agent.name)).toEqual(['Ava Agent', 'Ben Agent']);
	expect((await get(`${account}/agents`)).body.map(({ name, role, availability_status }: Record<string, string>) => [name, role, availability_status])).toEqual([
		['Dana Admin', 'administrator', 'online'],
		['Ava Agent', 'agent', 'online'],
		['Ben Agent', 'agent', 'busy'],
		['Cleo Agent', 'agent', 'offline'],
	]);
});

test('custom attribute definitions of every display type, for contacts and for conversations', async () => {
	const types = ['text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox'];
	for (const model of ['contact_attribute', 'conversation_attribute']) {
		const { status, body } = await get(`${account}/custom_attribute_definitions?attribute_model=${model}`);
		expect(status).toBe(200);
		expect(body.map((definition: { attribute_display_type: string }) => definition.attribute_display_type).sort()).toEqual([...types].sort());
		expect(body.every((definition: { attribute_model: string }) => definition.attribute_model === model)).toBe(true);
	}
	const all = (await get(`${account}/custom_attribute_definitions`)).body;
	expect(all).toHaveLength(16);
	expect(all.find((definition: { attribute_key: string }) => definition.attribute_key === 'plan')).toEqual({
		id: 1,
		attribute_display_name: 'Plan',
		attribute_display_type: 'list',
		attribute_description: null,
		attribute_key: 'plan',
		regex_pattern: null,
		regex_cue: null,
		attribute_values: ['free', 'pro', 'enterprise'],
		attribute_model: 'contact_attribute',
		default_value: null,
		created_at: expect.any(String),
		updated_at: expect.any(String),
	});
});

test('custom attribute definitions: create, show, update and delete as ChatWoot answers them', async () => {
	const path = `${account}/custom_attribute_definitions`;
	const created = await send('POST', path, { custom_attribute_definition: { attribute_display_name: ' Region ', attribute_key: 'region', attribute_model: 'contact_attribute', attribute_display_type: 'list', attribute_values: ['EU', 'US'] } });
	expect(created).toMatchObject({ status: 200, body: { attribute_display_name: 'Region', attribute_key: 'region', attribute_model: 'contact_attribute', attribute_display_type: 'list', attribute_values: ['EU', 'US'] } });
	const { id } = created.body;
	expect((await get(`${path}/${id}`)).body).toEqual(created.body);
	expect(await send('POST', path, { custom_attribute_definition: { attribute_display_name: 'Region', attribute_key: 'region', attribute_model: 'contact_attribute' } })).toEqual({
		status: 422,
		body: { message: 'Attribute key has already been taken', attributes: ['attribute_key'] },
	});
	expect((await send('POST', path, { custom_attribute_definition: { attribute_display_name: 'Email', attribute_key: 'email', attribute_model: 1 } })).body).toEqual({
		message: 'Attribute key The provided key is not allowed as it might conflict with default attributes.',
		attributes: ['attribute_key'],
	});
	expect(await send('POST', path, { name: 'x' })).toEqual({ status: 422, body: { error: 'param is missing or the value is empty: custom_attribute_definition' } });
	expect(await send('POST', path, { custom_attribute_definition: { attribute_display_name: 'Tier', attribute_key: 'tier' } }, demo.tokens.agent)).toEqual({
		status: 401,
		body: { error: 'You are not authorized to do this action' },
	});
	expect((await send('PATCH', `${path}/${id}`, { custom_attribute_definition: { attribute_values: ['EU', 'US', 'APAC'] } })).body.attribute_values).toEqual(['EU', 'US', 'APAC']);
	expect(await send('DELETE', `${path}/${id}`, {})).toEqual({ status: 204, body: undefined });
	expect(await get(`${path}/${id}`)).toEqual({ status: 404, body: { error: 'Resource could not be found' } });
});

test('every contact has an email, so the listing shows them all, 15 a page', async () => {
	const first = (await get(`${account}/contacts`)).body;
	expect(first.meta).toEqual({ count: CONTACTS, current_page: 1 });
	expect(first.payload).toHaveLength(15);
	expect(first.payload[0]).toMatchObject({ id: 1, name: 'Ann Smith', email: 'ann.smith.1@example.com', phone_number: '+14150000001', identifier: 'cust-10001' });
	expect(first.payload[0].custom_attributes).toMatchObject({ plan: 'pro', vip: true });
	const last = (await get(`${account}/contacts?page=3`)).body.payload;
	expect(last.map((contact: { id: number }) => contact.id)).toEqual([31, 32, 33, 34, 35, 36, 37, 38, 39, 40]);
	expect([...first.payload, ...last].every((contact: { email: string }) => /^[a-z.]+\.\d+@example\.com$/.test(contact.email))).toBe(true);
	expect(last.filter((contact: { phone_number: string | null }) => contact.phone_number).every((contact: { phone_number: string }) => /^\+[1-9]\d{1,14}$/.test(contact.phone_number))).toBe(true);
});

test('conversations in several inboxes and statuses; the first has messages both ways and attachments that download', async () => {
	const listed = (await get(`${account}/conversations?status=all`)).body.data.payload;
	expect(new Set(listed.map((conversation: { status: string }) => conversation.status))).toEqual(new Set(['open', 'pending', 'resolved', 'snoozed']));
	expect(new Set(listed.map((conversation: { inbox_id: number }) => conversation.inbox_id)).size).toBe(5);
	const shown = (await get(`${account}/conversations/${demo.conversation.id}`)).body;
	expect(shown).toMatchObject({ inbox_id: demo.inboxes.api, labels: ['billing', 'vip'], meta: { assignee: { name: 'Ava Agent' }, team: { id: 1, name: 'support' } } });
	const messages = (await get(`${account}/conversations/${demo.conversation.id}/messages`)).body.payload;
	expect(messages.map((message: { message_type: number; sender: { type: string } }) => [message.message_type, message.sender.type])).toEqual([
		[0, 'contact'],
		[1, 'user'],
		[0, 'contact'],
		[1, 'user'],
		[1, 'user'],
	]);
	const [photo] = messages[2].attachments;
	expect(photo).toMatchObject({ file_type: 'image', extension: 'png', file_size: PNG_BYTES.length });
	const download = await fetch(photo.data_url);
	expect(download.headers.get('content-type')).toBe('image/png');
	expect(Buffer.from(await download.arrayBuffer()).equals(PNG_BYTES)).toBe(true);
	expect(messages[3].attachments[0]).toMatchObject({ file_type: 'file', extension: 'pdf' });
});

test('the platform app token lists the demo account; a user token is refused there', async () => {
	expect(await get('/platform/api/v1/accounts', demo.tokens.platformApp)).toEqual({
		status: 200,
		body: [{ id: 1, name: 'Demo Account', locale: 'en', status: 'active', custom_attributes: {}, limits: {} }],
	});
	expect(await get('/platform/api/v1/accounts', demo.tokens.administrator)).toEqual({ status: 401, body: { error: 'Invalid access_token' } });
});

test('the Client API: the inbox by identifier, the seeded contact by source id, identity validation where required', async () => {
	expect(await get('/public/api/v1/inboxes/demo-api-inbox', undefined)).toMatchObject({ status: 200, body: { identifier: 'demo-api-inbox', identity_validation_enabled: false, name: 'Support API' } });
	expect((await get('/public/api/v1/inboxes/nope', undefined)).status).toBe(404);
	expect((await get(`/public/api/v1/inboxes/demo-api-inbox/contacts/${demo.client.contactSourceId}`, undefined)).body).toEqual({
		source_id: 'demo-contact-source-id',
		pubsub_token: 'pubsub-1',
		id: 1,
		name: 'Ann Smith',
		email: 'ann.smith.1@example.com',
		phone_number: '+14150000001',
	});
	const verified = '/public/api/v1/inboxes/demo-verified-inbox/contacts';
	expect((await send('POST', verified, { identifier: 'crm-9' })).status).toBe(500);
	const hash = createHmac('sha256', demo.client.verifiedHmacToken).update('crm-9').digest('hex');
	expect(await send('POST', verified, { identifier: 'crm-9', identifier_hash: hash, name: 'Zoe' })).toMatchObject({ status: 200, body: { name: 'Zoe' } });
});

describe('the nodes against the demo account', () => {
	const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });

	async function step(parameters: INodeParameters, options: { nodeType?: INodeType; credentials?: Record<string, string>; items?: Parameters<typeof executeNode>[0]['items'] } = {}) {
		const run = await executeNode({
			parameters,
			items: options.items,
			nodeType: options.nodeType,
			credentials: options.credentials ?? { baseUrl: mock.baseUrl, accessToken: demo.tokens.administrator },
		});
		expect(run.error).toBeUndefined();
		return run.items.map((item) => item.json);
	}

	test("the browser suite's workflow: Create or Update → Conversation Create → Message with a file → Add Labels → Assign", async () => {
		const [contact] = await step({ resource: 'contact', operation: 'upsert', accountId: '1', matchBy: 'email', matchValue: demo.contact.email, contactFields: { name: 'Ann S.' } });
		expect(contact).toMatchObject({ id: demo.contact.id, name: 'Ann S.', email: demo.contact.email });

		const [conversation] = await step({ resource: 'conversation', operation: 'create', accountId: '1', inboxId: byId(demo.inboxes.api), conversationContactId: byId(demo.contact.id) });
		expect(conversation).toMatchObject({ inbox_id: demo.inboxes.api, status: 'open' });
		const id = conversation.id as number;

		const [message] = await step(
			{ resource: 'message', operation: 'create', accountId: '1', conversationId: String(id), content: 'Your receipt', messageAdditionalFields: { attachments: 'data' } },
			{ items: [binaryItem(PNG_BYTES, { fileName: 'receipt.png' })] },
		);
		expect(message).toMatchObject({ content: 'Your receipt', attachments: [{ file_type: 'image', extension: 'png' }] });
		const stored = mock.accounts.get(1)!;
		expect(messagesOf(stored, id)[0].attachments[0].bytes.equals(PNG_BYTES)).toBe(true);

		expect(await step({ resource: 'conversation', operation: 'addLabels', accountId: '1', conversationId: String(id), labels: demo.labels.slice(0, 2) })).toEqual([expect.objectContaining({ labels: ['billing', 'vip'] })]);
		const [ava] = demo.agents.filter((agent) => agent.role === 'agent');
		expect(await step({ resource: 'conversation', operation: 'assign', accountId: '1', conversationId: String(id), assignTo: 'agent', assigneeId: byId(ava.id) })).toEqual([
			expect.objectContaining({ id: ava.id, name: 'Ava Agent' }),
		]);
		expect(await step({ resource: 'conversation', operation: 'assign', accountId: '1', conversationId: String(id), assignTo: 'team', teamId: byId(demo.teams[0].id) })).toEqual([
			expect.objectContaining({ id: 1, name: 'support' }),
		]);
		expect(table<Conversation>(stored, 'conversations').get(id)!.meta).toMatchObject({ assignee: { id: ava.id }, team: { id: 1, name: 'support' } });
	});

	test('the Platform node with the platform token, the Client node with the inbox identifier', async () => {
		const accounts = await step({ resource: 'account', operation: 'getMany', returnAll: true }, { nodeType: new ChatWootPlatform(), credentials: { baseUrl: mock.baseUrl, accessToken: demo.tokens.platformApp } });
		expect(accounts).toEqual([expect.objectContaining({ id: 1, name: 'Demo Account' })]);
		const inbox = await step({ resource: 'inbox', operation: 'get' }, { nodeType: new ChatWootClient(), credentials: { baseUrl: mock.baseUrl, inboxIdentifier: demo.client.inboxIdentifier, hmacToken: '' } });
		expect(inbox).toEqual([expect.objectContaining({ identifier: 'demo-api-inbox', name: 'Support API' })]);
	});
});

test('cli.ts --json prints the demo account on one line', async () => {
	const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'cli.ts'), '--json'], { env: { ...process.env, MOCK_CONTACTS: '10' } });
	try {
		const line = await new Promise<string>((resolve, reject) => {
			let out = '';
			child.stdout.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				if (out.includes('\n')) resolve(out.split('\n')[0]);
			});
			child.on('exit', (code) => reject(new Error(`cli.ts exited (${code}) before printing`)));
		});
		const printed = JSON.parse(line);
		expect(printed).toMatchObject({
			baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
			version: '4.15.1',
			accessToken: 'demo-access-token',
			accountId: 1,
			contacts: 10,
			tokens: { administrator: 'demo-access-token', agent: 'demo-agent-token', agentBot: 'demo-bot-token', platformApp: 'demo-platform-token' },
			inboxes: { website: 1, api: 2, email: 3, whatsapp: 4, telegram: 5, verifiedApi: 6 },
			labels: ['billing', 'vip', 'bug', 'feedback', 'sales'],
			client: { inboxIdentifier: 'demo-api-inbox', contactSourceId: 'demo-contact-source-id' },
			conversation: { id: 1, attachments: ['damaged-box.png', 'invoice-5001.pdf'] },
		});
		expect(printed.teams).toHaveLength(2);
		const reply = await fetch(`${printed.baseUrl}/api/v1/accounts/1/contacts`, { headers: { Api_Access_Token: printed.accessToken } });
		expect((await reply.json()).meta.count).toBe(10);
	} finally {
		child.kill();
	}
}, 30_000);
