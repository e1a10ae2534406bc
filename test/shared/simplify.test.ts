import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { BASE_URL, executeNode } from '../harness/executeNode';
import { recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperationCases } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const A = '/api/v1/accounts/1';

/** ChatWoot's records as its jbuilder views render them (trimmed where nothing nested is left out). */
const contact = {
	id: 42,
	name: 'Alice',
	email: 'alice@acme.test',
	phone_number: '+14155552671',
	identifier: 'crm-42',
	thumbnail: 'https://chat.example.com/avatar.png',
	availability_status: 'offline',
	blocked: false,
	additional_attributes: { company_name: 'Acme', city: 'Paris', social_profiles: { github: 'alice' } },
	custom_attributes: { plan: 'gold' },
	created_at: 1763000000,
	last_activity_at: 1764000000,
	contact_inboxes: [{ source_id: 'src-1', inbox: { id: 3, name: 'Support' } }],
};
const conversation = {
	id: 7,
	uuid: 'c0ffee',
	account_id: 1,
	inbox_id: 3,
	status: 'open',
	priority: 'high',
	labels: ['vip'],
	custom_attributes: {},
	additional_attributes: { browser: { name: 'Firefox' } },
	meta: { sender: { id: 42, name: 'Alice', email: 'alice@acme.test' }, assignee: { id: 5, name: 'Bob' }, team: null, channel: 'Channel::Api' },
	messages: [{ id: 900, content: 'Hello' }],
	last_non_activity_message: { id: 900, content: 'Where is my order?' },
	unread_count: 1,
	created_at: 1763000000,
	last_activity_at: 1764000000,
};
const message = {
	id: 900,
	content: 'Where is my order?',
	account_id: 1,
	inbox_id: 3,
	conversation_id: 7,
	message_type: 0,
	content_type: 'text',
	content_attributes: {},
	private: false,
	status: 'sent',
	source_id: null,
	sender_type: 'Contact',
	sender_id: 42,
	sender: { id: 42, name: 'Alice', type: 'contact', thumbnail: '' },
	attachments: [],
	created_at: 1764000000,
};
const inbox = {
	id: 3,
	name: 'Support',
	channel_type: 'Channel::Whatsapp',
	provider: 'whatsapp_cloud',
	phone_number: '+14155550000',
	avatar_url: '',
	widget_color: '#1f93ff',
	enable_auto_assignment: true,
	working_hours_enabled: false,
	working_hours: [{ day_of_week: 1, open_hour: 9 }],
	timezone: 'UTC',
	greeting_enabled: false,
};
const agent = { id: 5, account_id: 1, availability_status: 'online', auto_offline: true, confirmed: true, email: 'bob@acme.test', available_name: 'Bob', name: 'Bob', role: 'agent', thumbnail: '', custom_role_id: null };
const team = { id: 2, name: 'billing', description: 'Invoices', allow_auto_assign: true, account_id: 1, is_member: false };
const notification = {
	id: 11,
	notification_type: 'conversation_mention',
	push_message_title: 'Bob mentioned you',
	primary_actor_type: 'Conversation',
	primary_actor_id: 7,
	primary_actor: conversation,
	read_at: null,
	secondary_actor: { id: 5, name: 'Bob' },
	user: { id: 5, name: 'Bob' },
	created_at: 1764000000,
	snoozed_until: null,
};
const article = {
	id: 1,
	category_id: 4,
	title: 'Refunds',
	content: 'A very long body…',
	description: 'How refunds work',
	status: 'published',
	account_id: 1,
	updated_at: 1764000000,
	portal: { id: 1, slug: 'handbook', name: 'Handbook' },
	views: 12,
	author: { id: 5, name: 'Bob' },
	associated_articles: [],
};
const portal = { id: 1, name: 'Handbook', slug: 'handbook', custom_domain: null, color: '#000', homepage_link: 'https://acme.test', page_title: 'Help', header_text: 'Hi', archived: false, config: { allowed_locales: [{ code: 'en' }], default_locale: 'en' } };
const company = { id: 9, name: 'Acme', domain: 'acme.test', description: 'Rockets', avatar_url: '', contacts_count: 3, created_at: 1763000000, updated_at: 1764000000 };
const platformAccount = { id: 7, name: 'Acme', locale: 'en', domain: 'acme.test', support_email: 'help@acme.test', enabled_features: { crm: true }, custom_attributes: {}, limits: {}, status: 'active' };
const platformUser = { id: 11, name: 'Ann', display_name: 'Ann', email: 'ann@acme.test', confirmed: true, access_token: 'user-token-SECRET', custom_attributes: { tier: 1 }, accounts: [{ id: 7 }] };
const clientContact = { id: 42, source_id: 'src-42', name: 'Ann', email: 'ann@acme.test', phone_number: '+4915100000', pubsub_token: 'pubsub-SECRET' };
const clientConversation = { id: 5, uuid: 'u-5', inbox_id: 2, contact_last_seen_at: 1, status: 'open', agent_last_seen_at: 2, messages: [message], contact: { id: 42, name: 'Ann', email: 'ann@acme.test' } };
const clientMessage = { id: 900, content: 'Hello', message_type: 0, content_type: 'text', content_attributes: {}, created_at: 1764000000, conversation_id: 5, attachments: [], sender: { id: 42, name: 'Ann', type: 'contact' } };

const simplified = { simplify: true };
const client = {
	nodeType: new ChatWootClient(),
	credentials: { baseUrl: `${BASE_URL}/app/accounts/1/dashboard`, inboxIdentifier: 'inbox-Ab12', hmacToken: '' },
};
const CLIENT_CONTACT = '/public/api/v1/inboxes/inbox-Ab12/contacts/src-42';
const platform = { nodeType: new ChatWootPlatform() };

describe('Simplify: each kind of record keeps its few fields, flattened', () => {
	const cases: Array<OperationCase & { label: string }> = [
		{
			label: 'Contact → Get: company name out of additional_attributes, no inboxes',
			parameters: { resource: 'contact', operation: 'get', accountId: '1', contactId: '42', ...simplified },
			method: 'GET',
			path: `${A}/contacts/42`,
			reply: { payload: contact },
			output: [
				{
					id: 42,
					name: 'Alice',
					email: 'alice@acme.test',
					phone_number: '+14155552671',
					identifier: 'crm-42',
					company_name: 'Acme',
					blocked: false,
					custom_attributes: { plan: 'gold' },
					created_at: 1763000000,
					last_activity_at: 1764000000,
				},
			],
		},
		{
			label: 'Conversation → Get: sender, assignee and last message flattened, no messages',
			parameters: { resource: 'conversation', operation: 'get', accountId: '1', conversationId: '7', ...simplified },
			method: 'GET',
			path: `${A}/conversations/7`,
			reply: conversation,
			output: [
				{
					id: 7,
					status: 'open',
					priority: 'high',
					inbox_id: 3,
					sender_id: 42,
					sender_name: 'Alice',
					assignee_name: 'Bob',
					labels: ['vip'],
					last_message: 'Where is my order?',
					last_activity_at: 1764000000,
				},
			],
		},
		{
			label: 'Message → Get Many',
			parameters: { resource: 'message', operation: 'getMany', accountId: '1', conversationId: '7', returnAll: true, ...simplified },
			method: 'GET',
			path: `${A}/conversations/7/messages`,
			query: { after: '0' },
			reply: { meta: {}, payload: [message] },
			output: [
				{
					id: 900,
					conversation_id: 7,
					content: 'Where is my order?',
					message_type: 0,
					private: false,
					status: 'sent',
					sender_type: 'Contact',
					sender_id: 42,
					sender_name: 'Alice',
					created_at: 1764000000,
				},
			],
		},
		{
			label: 'Inbox → Get: a field the channel has not (email, website) is left out',
			parameters: { resource: 'inbox', operation: 'get', accountId: '1', inboxId: '3', ...simplified },
			method: 'GET',
			path: `${A}/inboxes/3`,
			reply: inbox,
			output: [
				{
					id: 3,
					name: 'Support',
					channel_type: 'Channel::Whatsapp',
					provider: 'whatsapp_cloud',
					phone_number: '+14155550000',
					enable_auto_assignment: true,
					working_hours_enabled: false,
					timezone: 'UTC',
				},
			],
		},
		{
			label: 'Agent → Get Many',
			parameters: { resource: 'agent', operation: 'getMany', accountId: '1', returnAll: true, ...simplified },
			method: 'GET',
			path: `${A}/agents`,
			reply: [agent],
			output: [{ id: 5, name: 'Bob', email: 'bob@acme.test', role: 'agent', availability_status: 'online', confirmed: true }],
		},
		{
			label: 'Team → Get',
			parameters: { resource: 'team', operation: 'get', accountId: '1', teamId: '2', ...simplified },
			method: 'GET',
			path: `${A}/teams/2`,
			reply: team,
			output: [{ id: 2, name: 'billing', description: 'Invoices', allow_auto_assign: true }],
		},
		{
			label: 'Notification → Get Many: the conversation it is about reduced to its type and ID',
			parameters: { resource: 'notification', operation: 'getMany', accountId: '1', returnAll: true, ...simplified },
			method: 'GET',
			path: `${A}/notifications`,
			query: { page: '1' },
			reply: { data: { meta: { unread_count: 1, count: 1 }, payload: [notification] } },
			output: [
				{
					id: 11,
					notification_type: 'conversation_mention',
					push_message_title: 'Bob mentioned you',
					primary_actor_type: 'Conversation',
					primary_actor_id: 7,
					read_at: null,
					snoozed_until: null,
					created_at: 1764000000,
				},
			],
		},
		{
			label: 'Article → Get: no content, author and portal flattened',
			parameters: { resource: 'article', operation: 'get', accountId: '1', portalSlug: 'handbook', articleId: '1', ...simplified },
			method: 'GET',
			path: `${A}/portals/handbook/articles/1`,
			reply: { payload: article },
			output: [
				{
					id: 1,
					title: 'Refunds',
					description: 'How refunds work',
					status: 'published',
					category_id: 4,
					author_name: 'Bob',
					portal_slug: 'handbook',
					views: 12,
					updated_at: 1764000000,
				},
			],
		},
		{
			label: 'Portal → Get: the default locale out of config',
			parameters: { resource: 'portal', operation: 'get', accountId: '1', portalSlug: 'handbook', ...simplified },
			method: 'GET',
			path: `${A}/portals/handbook`,
			reply: portal,
			output: [{ id: 1, name: 'Handbook', slug: 'handbook', custom_domain: null, homepage_link: 'https://acme.test', page_title: 'Help', archived: false, default_locale: 'en' }],
		},
		{
			label: 'Company → Get',
			parameters: { resource: 'company', operation: 'get', accountId: '1', companyId: '9', ...simplified },
			method: 'GET',
			path: `${A}/companies/9`,
			reply: { payload: company },
			output: [{ id: 9, name: 'Acme', domain: 'acme.test', description: 'Rockets', contacts_count: 3, created_at: 1763000000 }],
		},
		{
			label: 'Platform Account → Get',
			...platform,
			parameters: { resource: 'account', operation: 'get', accountId: '7', ...simplified },
			method: 'GET',
			path: '/platform/api/v1/accounts/7',
			reply: platformAccount,
			output: [{ id: 7, name: 'Acme', locale: 'en', domain: 'acme.test', support_email: 'help@acme.test', status: 'active', custom_attributes: {} }],
		},
		{
			label: "Platform User → Get: never the user's access token",
			...platform,
			parameters: { resource: 'user', operation: 'get', userId: '11', ...simplified },
			method: 'GET',
			path: '/platform/api/v1/users/11',
			reply: platformUser,
			output: [{ id: 11, name: 'Ann', display_name: 'Ann', email: 'ann@acme.test', confirmed: true, custom_attributes: { tier: 1 } }],
		},
		{
			label: 'Client Contact → Get: never the pubsub token',
			...client,
			parameters: { resource: 'contact', operation: 'get', contactIdentifier: 'src-42', ...simplified },
			method: 'GET',
			path: CLIENT_CONTACT,
			reply: clientContact,
			output: [{ id: 42, source_id: 'src-42', name: 'Ann', email: 'ann@acme.test', phone_number: '+4915100000' }],
		},
		{
			label: 'Client Conversation → Get Many: no messages, the contact flattened',
			...client,
			parameters: { resource: 'conversation', operation: 'getMany', contactIdentifier: 'src-42', returnAll: true, ...simplified },
			method: 'GET',
			path: `${CLIENT_CONTACT}/conversations`,
			reply: [clientConversation],
			output: [{ id: 5, uuid: 'u-5', inbox_id: 2, status: 'open', contact_id: 42, contact_name: 'Ann', agent_last_seen_at: 2, contact_last_seen_at: 1 }],
		},
		{
			label: 'Client Message → Get Many: what a public message has of the message fields',
			...client,
			parameters: { resource: 'message', operation: 'getMany', contactIdentifier: 'src-42', conversationId: '5', returnAll: true, ...simplified },
			method: 'GET',
			path: `${CLIENT_CONTACT}/conversations/5/messages`,
			reply: [clientMessage],
			output: [{ id: 900, conversation_id: 5, content: 'Hello', message_type: 0, sender_id: 42, sender_name: 'Ann', created_at: 1764000000 }],
		},
	];
	expectOperationCases(requests, cases);
});

describe('Raw stays the default', () => {
	expectOperationCases(requests, [
		{
			label: 'Contact → Get without Simplify outputs the record as ChatWoot sends it',
			parameters: { resource: 'contact', operation: 'get', accountId: '1', contactId: '42' },
			method: 'GET',
			path: `${A}/contacts/42`,
			reply: { payload: contact },
			output: [contact],
		},
		{
			label: 'Output is an AI-tool option: on the node itself it is not shown, and not applied',
			parameters: { resource: 'conversation', operation: 'get', accountId: '1', conversationId: '7', outputFormat: 'simplified' },
			method: 'GET',
			path: `${A}/conversations/7`,
			reply: conversation,
			output: [conversation],
		},
		{
			label: 'a bodiless success passes Simplify as it is',
			parameters: { resource: 'conversation', operation: 'update', accountId: '1', conversationId: '7', conversationUpdateFields: { priority: 'low' }, ...simplified },
			method: 'PATCH',
			path: `${A}/conversations/7`,
			body: { priority: 'low' },
			reply: '',
			output: [{ success: true }],
		},
	]);
});

/** The node as n8n offers it to an AI agent: n8n registers a copy whose type name ends in `Tool` (ai-tools.js). */
function asTool<T extends { description: { name: string; displayName: string } }>(node: T): T {
	node.description = { ...node.description, name: `${node.description.name}Tool`, displayName: `${node.description.displayName} Tool` };
	return node;
}

describe('Output, for the node used as an AI tool', () => {
	const tool = asTool(new ChatWoot());
	expectOperationCases(requests, [
		{
			label: 'Simplified',
			nodeType: tool,
			parameters: { resource: 'conversation', operation: 'get', accountId: '1', conversationId: '7', outputFormat: 'simplified' },
			method: 'GET',
			path: `${A}/conversations/7`,
			reply: conversation,
			output: [{ id: 7, status: 'open', priority: 'high', inbox_id: 3, sender_id: 42, sender_name: 'Alice', assignee_name: 'Bob', labels: ['vip'], last_message: 'Where is my order?', last_activity_at: 1764000000 }],
		},
		{
			label: 'Selected Fields: a dotted name keeps its place in the record, a missing one is left out',
			nodeType: tool,
			parameters: { resource: 'conversation', operation: 'get', accountId: '1', conversationId: '7', outputFormat: 'selected', outputFields: 'id, meta.sender.name,status,, meta.team.name, nothing' },
			method: 'GET',
			path: `${A}/conversations/7`,
			reply: conversation,
			output: [{ id: 7, meta: { sender: { name: 'Alice' } }, status: 'open' }],
		},
		{
			label: 'Raw (the default)',
			nodeType: tool,
			parameters: { resource: 'conversation', operation: 'get', accountId: '1', conversationId: '7' },
			method: 'GET',
			path: `${A}/conversations/7`,
			reply: conversation,
			output: [conversation],
		},
		{
			label: 'Simplified on the Platform node',
			nodeType: asTool(new ChatWootPlatform()),
			parameters: { resource: 'user', operation: 'get', userId: '11', outputFormat: 'simplified' },
			method: 'GET',
			path: '/platform/api/v1/users/11',
			reply: platformUser,
			output: [{ id: 11, name: 'Ann', display_name: 'Ann', email: 'ann@acme.test', confirmed: true, custom_attributes: { tier: 1 } }],
		},
	]);

	test('Selected Fields with no field named is refused before anything is sent', async () => {
		tripwire(requests.sent);
		const run = await executeNode({
			nodeType: tool,
			parameters: { resource: 'contact', operation: 'get', accountId: '1', contactId: '42', outputFormat: 'selected', outputFields: ' , ' },
		});
		expect(requests.sent).toEqual([]);
		expect(run.error?.message).toBe('Fields is empty');
		expect(run.items).toEqual([]);
	});
});

describe('Simplify with Return All', () => {
	const conversations = (count: number, first: number) =>
		Array.from({ length: count }, (_, index) => ({ ...conversation, id: first + index, meta: { ...conversation.meta, sender: { id: 100 + first + index, name: `Customer ${first + index}` } } }));

	test('every page is simplified, each record still paired with the item that listed it', async () => {
		const pages: Record<string, unknown[]> = { '1': conversations(25, 1), '2': conversations(2, 26) };
		nock(BASE_URL)
			.get(`${A}/conversations`)
			.query(true)
			.times(2)
			.reply(function (uri) {
				const page = new URL(uri, BASE_URL).searchParams.get('page') ?? '';
				return [200, { data: { meta: {}, payload: pages[page] } }];
			});
		const parameters: INodeParameters = { resource: 'conversation', operation: 'getMany', accountId: '1', returnAll: true, ...simplified };
		const run = await executeNode({ parameters, items: [{ json: { run: 'a' } }] });
		expect(run.error).toBeUndefined();
		const one = (id: number) => ({
			id,
			status: 'open',
			priority: 'high',
			inbox_id: 3,
			sender_id: 100 + id,
			sender_name: `Customer ${id}`,
			assignee_name: 'Bob',
			labels: ['vip'],
			last_message: 'Where is my order?',
			last_activity_at: 1764000000,
		});
		const ids = Array.from({ length: 27 }, (_, index) => index + 1);
		expect(run.items).toEqual(ids.map((id) => ({ json: one(id), pairedItem: { item: 0 } })));
	});
});
