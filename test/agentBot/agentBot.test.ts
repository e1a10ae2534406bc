import { executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const BOT = { id: 9, name: 'Triage', description: '', outgoing_url: 'https://n8n.example.com/bot', bot_type: 'webhook', access_token: 'bot-tok', secret: 'bot-secret' };
const op = (operation: string, extra = {}) => ({ resource: 'agentBot', operation, accountId: '1', ...extra });
const BOTS = '/api/v1/accounts/1/agent_bots';

describe('Agent bot operations', () => {
	expectOperationCases(requests, [
		{ label: 'Get Many outputs the bare array', parameters: op('getMany', { returnAll: true }), method: 'GET', path: BOTS, reply: [BOT], output: [BOT] },
		{ label: 'Get', parameters: op('get', { agentBotId: '9' }), method: 'GET', path: `${BOTS}/9`, reply: BOT, output: [BOT] },
		{
			label: 'Create sends the name and only the fields added, bot config parsed',
			parameters: op('create', { name: 'Triage', agentBotAdditionalFields: { outgoingUrl: 'https://n8n.example.com/bot', botConfig: '{"lang":"en","tries":3}' } }),
			method: 'POST',
			path: BOTS,
			body: { name: 'Triage', outgoing_url: 'https://n8n.example.com/bot', bot_config: { lang: 'en', tries: 3 } },
			reply: BOT,
			output: [BOT],
		},
		{
			label: 'Update sends only the fields added',
			parameters: op('update', { agentBotId: '9', agentBotUpdateFields: { description: 'Routes chats' } }),
			method: 'PATCH',
			path: `${BOTS}/9`,
			body: { description: 'Routes chats' },
			reply: BOT,
			output: [BOT],
		},
		...(
			[
				['delete', 'DELETE', ''],
				['deleteAvatar', 'DELETE', '/avatar'],
			] as const
		).map(([operation, method, suffix]) => ({
			label: `${operation}: ${method} …/agent_bots/9${suffix}`,
			parameters: op(operation, { agentBotId: '9' }),
			method,
			path: `${BOTS}/9${suffix}`,
			output: [{ success: true }],
		})),
		...(['resetAccessToken', 'resetSecret'] as const).map((operation) => ({
			label: `${operation} outputs the bot with its new value`,
			parameters: op(operation, { agentBotId: '9' }),
			method: 'POST',
			path: `${BOTS}/9/${operation === 'resetSecret' ? 'reset_secret' : 'reset_access_token'}`,
			reply: BOT,
			output: [BOT],
		})),
	]);

	test('Create with an avatar and scalar fields is one multipart request', async () => {
		const scope = expectRequest('POST', BOTS, { status: 200, body: BOT }, requests.sent);
		const run = await executeNode({
			parameters: op('create', { name: 'Triage', agentBotAdditionalFields: { avatar: 'data', description: 'Routes' } }),
			items: [binaryItem(PNG_BYTES)],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0].contentType).toBe('multipart/form-data');
		expect(Object.fromEntries(requests.sent[0].fields)).toEqual({ name: 'Triage', description: 'Routes' });
		expect(requests.sent[0].files.avatar[0]).toMatchObject({ fileName: 'alice.png', contentType: 'image/png' });
		expect(requests.sent[0].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual([BOT]);
	});

	test('Create with an avatar and a bot config saves JSON first, then uploads to the new bot', async () => {
		const created = expectRequest('POST', BOTS, { status: 200, body: BOT }, requests.sent);
		const uploaded = expectRequest('PATCH', `${BOTS}/9`, { status: 200, body: { ...BOT, thumbnail: 'x' } }, requests.sent);
		const run = await executeNode({
			parameters: op('create', { name: 'Triage', agentBotAdditionalFields: { avatar: 'data', botConfig: '{"n":1}' } }),
			items: [binaryItem(PNG_BYTES)],
		});
		created.done();
		uploaded.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ name: 'Triage', bot_config: { n: 1 } });
		expect(requests.sent[1].fields).toEqual([]);
		expect(requests.sent[1].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual([{ ...BOT, thumbnail: 'x' }]);
	});

	test("an error never carries the bot's token or secret", async () => {
		expectRequest('PATCH', `${BOTS}/9`, { status: 422, body: { message: 'Outgoing url is invalid' } }, requests.sent);
		const run = await executeNode({ parameters: op('update', { agentBotId: '9', agentBotUpdateFields: { outgoingUrl: 'nope' } }) });
		expect(run.error?.message).toBe('ChatWoot answered 422: Outgoing url is invalid');
		expect(JSON.stringify(run.runData)).not.toContain('bot-secret');
	});
});

describe('Agent bot: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'an Agent Bot ID that is not a number', parameters: op('get', { agentBotId: 'triage' }), message: /^Agent Bot ID must be a positive whole number, not "triage"$/ },
		{ label: 'a bot config that is not JSON', parameters: op('create', { name: 'T', agentBotAdditionalFields: { botConfig: '{lang:en}' } }), message: /^Bot Config is not valid JSON$/ },
		{ label: 'a bot config that is an array', parameters: op('update', { agentBotId: '9', agentBotUpdateFields: { botConfig: '[]' } }), message: /^Bot Config must be a JSON object, not an array$/ },
		{ label: 'an avatar URL that is not http(s)', parameters: op('create', { name: 'T', agentBotAdditionalFields: { avatarUrl: 'bot.png' } }), message: /^Avatar URL must be an http/ },
		{ label: 'an avatar that is not an image', parameters: op('update', { agentBotId: '9', agentBotUpdateFields: { avatar: 'data' } }), items: [binaryItem(Buffer.from('%PDF'), { fileName: 'a.pdf' })], message: /is not a JPEG, PNG, GIF or WebP image$/ },
	]);
});
