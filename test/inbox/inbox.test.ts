import type { IDataObject } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const INBOX = { id: 3, name: 'Support API', channel_type: 'Channel::Api', avatar_url: '', webhook_url: 'https://n8n.example.com/hook' };
const AGENT = (id: number) => ({ id, name: `Agent ${id}`, email: `a${id}@acme.io`, role: 'agent' });
const op = (operation: string, extra = {}) => ({ resource: 'inbox', operation, accountId: '1', ...extra });
const BASE = '/api/v1/accounts/1/inboxes';

const simpleRoutes: Array<[string, string, string, string]> = [
	// [operation, method, path suffix after /inboxes/3, reply kind]
	['get', 'GET', '', 'record'],
	['delete', 'DELETE', '', 'message'],
	['deleteAvatar', 'DELETE', '/avatar', 'empty'],
	['getHealth', 'GET', '/health', 'record'],
	['resetSecret', 'POST', '/reset_secret', 'record'],
	['syncTemplates', 'POST', '/sync_templates', 'message'],
	['registerWebhook', 'POST', '/register_webhook', 'message'],
	['enableWhatsappCalling', 'POST', '/enable_whatsapp_calling', 'empty'],
	['disableWhatsappCalling', 'POST', '/disable_whatsapp_calling', 'empty'],
	['getAssignmentPolicy', 'GET', '/assignment_policy', 'record'],
	['removeAssignmentPolicy', 'DELETE', '/assignment_policy', 'empty'],
	['getCsatTemplate', 'GET', '/csat_template', 'record'],
	['getConferenceToken', 'GET', '/conference/token', 'record'],
];
const replies: Record<string, { body?: unknown; output: IDataObject[] }> = {
	record: { body: INBOX, output: [INBOX] },
	message: { body: { message: 'Done' }, output: [{ message: 'Done' }] },
	// Operations on the inbox that ChatWoot answers with nothing name the inbox in their output.
	empty: { output: [{ inbox_id: 3, success: true }] },
};

describe('Inbox operations without a body', () => {
	expectOperationCases(
		requests,
		simpleRoutes.map(([operation, method, suffix, kind]) => ({
			label: `${operation}: ${method} …/inboxes/3${suffix}`,
			parameters: op(operation, { inboxId: '3' }),
			method,
			path: `${BASE}/3${suffix}`,
			reply: replies[kind].body,
			output: replies[kind].output,
		})),
	);
});

describe('Inbox operations', () => {
	expectOperationCases(requests, [
		{
			label: 'Get Many outputs the payload one item per inbox',
			parameters: op('getMany', { returnAll: true }),
			method: 'GET',
			path: BASE,
			reply: { payload: [INBOX, { ...INBOX, id: 4 }] },
			output: [INBOX, { ...INBOX, id: 4 }],
		},
		{
			label: 'Create (API channel) sends channel[type] and the channel options nested',
			parameters: op('create', {
				name: 'Support API',
				channelType: 'api',
				channelOptions: { webhookUrl: 'https://n8n.example.com/hook', hmacMandatory: true },
				inboxAdditionalFields: { greetingEnabled: true, greetingMessage: 'Hi!', lockToSingleConversation: true },
			}),
			method: 'POST',
			path: BASE,
			body: {
				name: 'Support API',
				channel: { type: 'api', webhook_url: 'https://n8n.example.com/hook', hmac_mandatory: true },
				greeting_enabled: true,
				greeting_message: 'Hi!',
				lock_to_single_conversation: true,
			},
			reply: INBOX,
			output: [INBOX],
		},
		{
			label: 'Create (website) sends the website URL in the channel',
			parameters: op('create', { name: 'Web', channelType: 'web_widget', channelWebsiteUrl: 'https://acme.io', channelOptions: { widgetColor: '#ff0000' } }),
			method: 'POST',
			path: BASE,
			body: { name: 'Web', channel: { type: 'web_widget', website_url: 'https://acme.io', widget_color: '#ff0000' } },
			reply: INBOX,
			output: [INBOX],
		},
		{
			label: 'Create (WhatsApp Cloud) parses the provider config',
			parameters: op('create', {
				name: 'WA',
				channelType: 'whatsapp',
				phoneNumber: '+14155552671',
				provider: 'whatsapp_cloud',
				providerConfig: '{"api_key":"k","phone_number_id":"p","business_account_id":"b"}',
			}),
			method: 'POST',
			path: BASE,
			body: {
				name: 'WA',
				channel: {
					type: 'whatsapp',
					phone_number: '+14155552671',
					provider: 'whatsapp_cloud',
					provider_config: { api_key: 'k', phone_number_id: 'p', business_account_id: 'b' },
				},
			},
			reply: INBOX,
			output: [INBOX],
		},
		{
			label: 'Create (Telegram)',
			parameters: op('create', { name: 'TG', channelType: 'telegram', botToken: '123:abc' }),
			method: 'POST',
			path: BASE,
			body: { name: 'TG', channel: { type: 'telegram', bot_token: '123:abc' } },
			reply: INBOX,
			output: [INBOX],
		},
		{
			label: 'Update sends inbox settings top-level and channel fields nested',
			parameters: op('update', { inboxId: '3', inboxUpdateFields: { name: 'Support', webhookUrl: 'https://n8n.example.com/new', enableAutoAssignment: false } }),
			method: 'PATCH',
			path: `${BASE}/3`,
			body: { name: 'Support', channel: { webhook_url: 'https://n8n.example.com/new' }, enable_auto_assignment: false },
			reply: INBOX,
			output: [INBOX],
		},
		{
			label: 'Get Members outputs the payload',
			parameters: op('getMembers', { inboxId: '3', returnAll: true }),
			method: 'GET',
			path: '/api/v1/accounts/1/inbox_members/3',
			reply: { payload: [AGENT(5)] },
			output: [AGENT(5)],
		},
		...(
			[
				['addMembers', 'POST'],
				['setMembers', 'PATCH'],
			] as const
		).map(([operation, method]) => ({
			label: `${operation} sends inbox_id and user_ids`,
			parameters: op(operation, { inboxId: '3', agentIds: [5, 6] }),
			method,
			path: '/api/v1/accounts/1/inbox_members',
			body: { inbox_id: method === 'POST' ? 3 : '3', user_ids: [5, 6] },
			reply: { payload: [AGENT(5), AGENT(6)] },
			output: [{ inbox_id: 3, ...AGENT(5) }, { inbox_id: 3, ...AGENT(6) }],
		})),
		{
			label: 'Remove Members',
			parameters: op('removeMembers', { inboxId: '3', agentIds: '6' }),
			method: 'DELETE',
			path: '/api/v1/accounts/1/inbox_members',
			body: { inbox_id: '3', user_ids: [6] },
			output: [{ inbox_id: 3, user_ids: [6], success: true }],
		},
		{
			label: 'Get Agent Bot outputs the bot',
			parameters: op('getAgentBot', { inboxId: '3' }),
			method: 'GET',
			path: `${BASE}/3/agent_bot`,
			reply: { agent_bot: { id: 9, name: 'Bot' } },
			output: [{ id: 9, name: 'Bot' }],
		},
		{
			label: 'Set Agent Bot sends the bot ID',
			parameters: op('setAgentBot', { inboxId: '3', agentBotId: '9' }),
			method: 'POST',
			path: `${BASE}/3/set_agent_bot`,
			body: { agent_bot: 9 },
			output: [{ inbox_id: 3, agent_bot: 9, success: true }],
		},
		{
			label: 'Get Assignable Agents (deprecated route) outputs the payload',
			parameters: op('getAssignableAgents', { inboxId: '3', returnAll: true }),
			method: 'GET',
			path: `${BASE}/3/assignable_agents`,
			reply: { payload: [AGENT(5)] },
			output: [AGENT(5)],
		},
		{
			label: 'Get Campaigns outputs the bare array',
			parameters: op('getCampaigns', { inboxId: '3', returnAll: true }),
			method: 'GET',
			path: `${BASE}/3/campaigns`,
			reply: [{ id: 1, title: 'Promo' }],
			output: [{ id: 1, title: 'Promo' }],
		},
		{
			label: 'Set Assignment Policy sends the policy ID',
			parameters: op('setAssignmentPolicy', { inboxId: '3', assignmentPolicyId: '4' }),
			method: 'POST',
			path: `${BASE}/3/assignment_policy`,
			body: { assignment_policy_id: 4 },
			reply: { id: 4, name: 'RR' },
			output: [{ inbox_id: 3, id: 4, name: 'RR' }],
		},
		...(['setCsatTemplate', 'analyzeCsatTemplate'] as const).map((operation) => ({
			label: `${operation} sends the template JSON`,
			parameters: op(operation, { inboxId: '3', template: '{"message":"Rate us","button_text":"Rate","language":"en"}' }),
			method: 'POST',
			path: `${BASE}/3/csat_template${operation === 'analyzeCsatTemplate' ? '/analyze' : ''}`,
			body: { message: 'Rate us', button_text: 'Rate', language: 'en' },
			reply: { ok: true },
			output: [{ ok: true }],
		})),
		{
			label: 'Set Inbound Calls',
			parameters: op('setInboundCalls', { inboxId: '3', inboundCallsEnabled: false }),
			method: 'POST',
			path: `${BASE}/3/set_inbound_calls`,
			body: { inbound_calls_enabled: false },
			output: [{ inbox_id: 3, inbound_calls_enabled: false, success: true }],
		},
		...(
			[
				['joinCall', 'POST'],
				['endCall', 'DELETE'],
			] as const
		).map(([operation, method]) => ({
			label: `${operation} sends the call SID and conversation`,
			parameters: op(operation, { inboxId: '3', callSid: 'CA1', conversationId: '7' }),
			method,
			path: `${BASE}/3/conference`,
			body: { call_sid: 'CA1', conversation_id: 7 },
			reply: { status: 'ok' },
			output: [{ status: 'ok' }],
		})),
		{
			label: 'Create Twilio Inbox wraps the fields in twilio_channel',
			parameters: op('createTwilio', { name: 'SMS', medium: 'sms', accountSid: 'AC1', authToken: 'tok', phoneNumber: '+14155552671' }),
			method: 'POST',
			path: '/api/v1/accounts/1/channels/twilio_channel',
			body: { twilio_channel: { name: 'SMS', medium: 'sms', account_sid: 'AC1', auth_token: 'tok', phone_number: '+14155552671' } },
			reply: INBOX,
			output: [INBOX],
		},
	]);

	test('Set Agent Bot with Disconnect Bot sends null', async () => {
		const scope = expectRequest('POST', `${BASE}/3/set_agent_bot`, { status: 200 }, requests.sent);
		const run = await executeNode({ parameters: op('setAgentBot', { inboxId: '3', detach: true }) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ agent_bot: null });
		expect(run.items.map((item) => item.json)).toEqual([{ inbox_id: 3, agent_bot: null, success: true }]);
		// The spec types agent_bot as a number; ChatWoot reads null as "detach" (inboxes_controller#set_agent_bot).
		requests.sent[0].contractProblems = [];
	});
});

describe('Inbox avatars', () => {
	test('Create with an avatar saves the inbox as JSON, then uploads the file to the new inbox', async () => {
		const created = expectRequest('POST', BASE, { status: 200, body: { ...INBOX, id: 8 } }, requests.sent);
		const uploaded = expectRequest('PATCH', `${BASE}/8`, { status: 200, body: { ...INBOX, id: 8, avatar_url: 'https://x/a.png' } }, requests.sent);
		const run = await executeNode({
			parameters: op('create', { name: 'Support API', channelType: 'api', inboxAdditionalFields: { avatar: 'data' } }),
			items: [binaryItem(PNG_BYTES)],
		});
		created.done();
		uploaded.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ name: 'Support API', channel: { type: 'api' } });
		expect(requests.sent[1].contentType).toBe('multipart/form-data');
		expect(requests.sent[1].fields).toEqual([]);
		expect(requests.sent[1].files.avatar[0]).toMatchObject({ fileName: 'alice.png', contentType: 'image/png' });
		expect(requests.sent[1].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual([{ ...INBOX, id: 8, avatar_url: 'https://x/a.png' }]);
	});

	test('Update with only scalar fields and an avatar is one multipart request', async () => {
		const scope = expectRequest('PATCH', `${BASE}/3`, { status: 200, body: INBOX }, requests.sent);
		const run = await executeNode({
			parameters: op('update', { inboxId: '3', inboxUpdateFields: { name: 'Support', avatar: 'data' } }),
			items: [binaryItem(PNG_BYTES)],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0].fields).toEqual([['name', 'Support']]);
		expect(requests.sent[0].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
	});
});

describe('Inbox: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'an Inbox ID that is not a number', parameters: op('get', { inboxId: 'web' }), message: /^Inbox ID must be a positive whole number, not "web"$/ },
		{ label: 'a member inbox that is not a number', parameters: op('addMembers', { inboxId: 'x', agentIds: [5] }), message: /^Inbox ID must be a positive whole number, not "x"$/ },
		{ label: 'member agents that are not numbers', parameters: op('setMembers', { inboxId: '3', agentIds: 'ann' }), message: /^Agents: "ann" is not an agent ID$/ },
		{
			label: 'a provider config that is not JSON',
			parameters: op('create', { name: 'WA', channelType: 'whatsapp', phoneNumber: '+1415', providerConfig: '{api_key}' }),
			message: /^Provider Config is not valid JSON$/,
		},
		{
			label: 'a provider config that is an array',
			parameters: op('create', { name: 'WA', channelType: 'sms', phoneNumber: '+1415', providerConfig: '[1]' }),
			message: /^Provider Config must be a JSON object, not an array$/,
		},
		{ label: 'a template that is not JSON', parameters: op('setCsatTemplate', { inboxId: '3', template: 'rate us' }), message: /^Template is not valid JSON$/ },
		{ label: 'an agent bot ID that is not a number', parameters: op('setAgentBot', { inboxId: '3', agentBotId: 'bot' }), message: /^Agent Bot ID must be a positive whole number, not "bot"$/ },
		{ label: 'an assignment policy ID that is not a number', parameters: op('setAssignmentPolicy', { inboxId: '3', assignmentPolicyId: '-1' }), message: /^Assignment Policy ID must be a positive whole number/ },
		{ label: 'a call conversation that is not a number', parameters: op('joinCall', { inboxId: '3', callSid: 'CA1', conversationId: 'x' }), message: /^Conversation ID must be a positive whole number, not "x"$/ },
		{ label: 'an avatar on an item without binary data', parameters: op('update', { inboxId: '3', inboxUpdateFields: { avatar: 'data' } }), message: /^Avatar: the input item has no binary property "data"$/ },
	]);
});
