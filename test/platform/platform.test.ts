import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { ACCESS_TOKEN, executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const nodeType = new ChatWootPlatform();

const account = { id: 7, name: 'Acme', locale: 'en', status: 'active', custom_attributes: {} };
const user = { id: 11, name: 'Ann', email: 'ann@acme.inc', access_token: 'user-token' };
const bot = { id: 3, name: 'Helper', outgoing_url: 'https://n8n.example.com/webhook/bot', account_id: null };

const cases: Array<OperationCase & { label: string }> = [
	{
		label: 'Account → Create sends the name and only the fields added, JSON ones as objects',
		parameters: { resource: 'account', operation: 'create', name: 'Acme', additionalFields: { locale: 'de', limits: '{"agents":5}', features: '{"help_center":true}' } },
		method: 'POST',
		path: '/platform/api/v1/accounts',
		body: { name: 'Acme', locale: 'de', limits: { agents: 5 }, features: { help_center: true } },
		reply: account,
		output: [account],
	},
	{
		label: 'Account → Get',
		parameters: { resource: 'account', operation: 'get', accountId: '7' },
		method: 'GET',
		path: '/platform/api/v1/accounts/7',
		reply: account,
		output: [account],
	},
	{
		label: 'Account → Get Many: one item per account',
		parameters: { resource: 'account', operation: 'getMany', returnAll: true },
		method: 'GET',
		path: '/platform/api/v1/accounts',
		reply: [account, { ...account, id: 8 }],
		output: [account, { ...account, id: 8 }],
	},
	{
		label: 'Account → Update',
		parameters: { resource: 'account', operation: 'update', accountId: '7', updateFields: { status: 'suspended', name: 'Acme 2' } },
		method: 'PATCH',
		path: '/platform/api/v1/accounts/7',
		body: { status: 'suspended', name: 'Acme 2' },
		reply: { ...account, status: 'suspended' },
		output: [{ ...account, status: 'suspended' }],
	},
	{
		label: 'Account → Delete answers with success',
		parameters: { resource: 'account', operation: 'delete', accountId: '7' },
		method: 'DELETE',
		path: '/platform/api/v1/accounts/7',
		reply: '',
		output: [{ success: true }],
	},
	{
		label: 'Account User → Add',
		parameters: { resource: 'accountUser', operation: 'add', accountId: '7', userId: 11, role: 'administrator' },
		method: 'POST',
		path: '/platform/api/v1/accounts/7/account_users',
		body: { user_id: 11, role: 'administrator' },
		reply: { account_id: 7, user_id: 11, role: 'administrator' },
		output: [{ account_id: 7, user_id: 11, role: 'administrator' }],
	},
	{
		label: 'Account User → Get Many',
		parameters: { resource: 'accountUser', operation: 'getMany', accountId: '7', returnAll: false, limit: 1 },
		method: 'GET',
		path: '/platform/api/v1/accounts/7/account_users',
		reply: [{ user_id: 11 }, { user_id: 12 }],
		output: [{ user_id: 11 }],
	},
	{
		label: 'Account User → Remove sends the user in the body',
		parameters: { resource: 'accountUser', operation: 'remove', accountId: '7', userId: 11 },
		method: 'DELETE',
		path: '/platform/api/v1/accounts/7/account_users',
		body: { user_id: 11 },
		reply: '',
		output: [{ account_id: 7, user_id: 11, success: true }],
	},
	{
		label: 'User → Create',
		parameters: { resource: 'user', operation: 'create', name: 'Ann', email: 'ann@acme.inc', additionalFields: { displayName: 'Ann B.', customAttributes: '{"plan":"pro"}' } },
		method: 'POST',
		path: '/platform/api/v1/users',
		body: { name: 'Ann', email: 'ann@acme.inc', display_name: 'Ann B.', custom_attributes: { plan: 'pro' } },
		reply: user,
		output: [user],
	},
	{
		label: 'User → Get',
		parameters: { resource: 'user', operation: 'get', userId: '11' },
		method: 'GET',
		path: '/platform/api/v1/users/11',
		reply: user,
		output: [user],
	},
	{
		label: 'User → Update',
		parameters: { resource: 'user', operation: 'update', userId: '11', updateFields: { email: 'ann@new.inc' } },
		method: 'PATCH',
		path: '/platform/api/v1/users/11',
		body: { email: 'ann@new.inc' },
		reply: user,
		output: [user],
	},
	{
		label: 'User → Delete',
		parameters: { resource: 'user', operation: 'delete', userId: '11' },
		method: 'DELETE',
		path: '/platform/api/v1/users/11',
		reply: '',
		output: [{ success: true }],
	},
	{
		label: 'User → Get Login Link',
		parameters: { resource: 'user', operation: 'getLoginLink', userId: '11' },
		method: 'GET',
		path: '/platform/api/v1/users/11/login',
		reply: { url: 'https://chat.example.com/app/login?sso=abc' },
		output: [{ user_id: 11, url: 'https://chat.example.com/app/login?sso=abc' }],
	},
	{
		label: 'User → Get Access Token',
		parameters: { resource: 'user', operation: 'createToken', userId: '11' },
		method: 'POST',
		path: '/platform/api/v1/users/11/token',
		reply: { access_token: 'user-token', expiry: null, user },
		output: [{ access_token: 'user-token', expiry: null, user }],
	},
	{
		label: 'Agent Bot → Create (JSON without an avatar)',
		parameters: { resource: 'agentBot', operation: 'create', name: 'Helper', additionalFields: { outgoingUrl: 'https://n8n.example.com/webhook/bot' } },
		method: 'POST',
		path: '/platform/api/v1/agent_bots',
		body: { name: 'Helper', outgoing_url: 'https://n8n.example.com/webhook/bot' },
		reply: bot,
		output: [bot],
	},
	{
		label: 'Agent Bot → Get Many',
		parameters: { resource: 'agentBot', operation: 'getMany', returnAll: true },
		method: 'GET',
		path: '/platform/api/v1/agent_bots',
		reply: [bot],
		output: [bot],
	},
	{
		label: 'Agent Bot → Get',
		parameters: { resource: 'agentBot', operation: 'get', agentBotId: '3' },
		method: 'GET',
		path: '/platform/api/v1/agent_bots/3',
		reply: bot,
		output: [bot],
	},
	{
		label: 'Agent Bot → Update',
		parameters: { resource: 'agentBot', operation: 'update', agentBotId: '3', updateFields: { description: 'Answers FAQs' } },
		method: 'PATCH',
		path: '/platform/api/v1/agent_bots/3',
		body: { description: 'Answers FAQs' },
		reply: bot,
		output: [bot],
	},
	{
		label: 'Agent Bot → Delete',
		parameters: { resource: 'agentBot', operation: 'delete', agentBotId: '3' },
		method: 'DELETE',
		path: '/platform/api/v1/agent_bots/3',
		reply: '',
		output: [{ success: true }],
	},
	{
		label: 'Agent Bot → Delete Avatar',
		parameters: { resource: 'agentBot', operation: 'deleteAvatar', agentBotId: '3' },
		method: 'DELETE',
		path: '/platform/api/v1/agent_bots/3/avatar',
		// platform/api/v1/agent_bots/avatar.json.jbuilder renders the bot (models/_agent_bot), v4.11.0–v4.16.2.
		reply: { ...bot, description: null, access_token: 'bot-token' },
		output: [{ ...bot, description: null, access_token: 'bot-token' }],
	},
	{
		label: 'Email Channel Migration → Create: one item per mailbox result',
		parameters: {
			resource: 'emailChannelMigration',
			operation: 'create',
			accountId: '7',
			mailboxes: { mailbox: [{ email: 'help@acme.inc', provider: 'google', inboxName: '', providerConfig: '{"refresh_token":"r1"}' }] },
		},
		method: 'POST',
		path: '/platform/api/v1/accounts/7/email_channel_migrations',
		body: { migrations: [{ email: 'help@acme.inc', provider: 'google', provider_config: { refresh_token: 'r1' } }] },
		reply: { results: [{ email: 'help@acme.inc', inbox_id: 4, channel_id: 2, status: 'success' }] },
		output: [{ email: 'help@acme.inc', inbox_id: 4, channel_id: 2, status: 'success' }],
	},
];

describe('ChatWoot Platform node', () => {
	expectOperationCases(
		requests,
		cases.map((operationCase) => ({ ...operationCase, nodeType })),
	);

	test('Agent Bot → Create with an avatar file goes as multipart', async () => {
		const scope = expectRequest('POST', '/platform/api/v1/agent_bots', { status: 200, body: bot }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'agentBot', operation: 'create', name: 'Helper', additionalFields: { avatar: 'data' } },
			items: [binaryItem(PNG_BYTES, { fileName: 'bot.png' })],
			nodeType,
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].fields).toEqual([['name', 'Helper']]);
		expect(requests.sent[0].files.avatar[0]).toMatchObject({ fileName: 'bot.png', contentType: 'image/png' });
		expect(requests.sent[0].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
	});

	test('a 401 names the platform token and never shows it', async () => {
		for (let attempt = 0; attempt < 2; attempt++) {
			expectRequest('GET', '/platform/api/v1/accounts/9', { status: 401, body: { error: 'Non permissible resource' } }, requests.sent);
		}
		const run = await executeNode({ parameters: { resource: 'account', operation: 'get', accountId: '9' }, nodeType });
		expect(run.error?.message).toBe('ChatWoot answered 401: Non permissible resource');
		expect(run.error?.description).toMatch(/platform app token .* created or was granted/);
		expect(run.error?.description).toMatch(/sent with a platform app's access token/);
		expect(JSON.stringify(run.runData)).not.toContain(ACCESS_TOKEN);
	});

	test.each([
		['an invalid Limits JSON', { resource: 'account', operation: 'create', name: 'A', additionalFields: { limits: '{agents:5}' } }, /^Limits is not valid JSON$/],
		['a non-numeric Account ID', { resource: 'account', operation: 'get', accountId: 'acme' }, /^Account ID must be a positive whole number/],
		['a missing avatar binary property', { resource: 'agentBot', operation: 'create', name: 'B', additionalFields: { avatar: 'photo' } }, /no binary property "photo"/],
	])('%s is refused before anything is sent', async (_label, parameters, message) => await expectRefusal(requests, parameters, message, { nodeType }));
});
