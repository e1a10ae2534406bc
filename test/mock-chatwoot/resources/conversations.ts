import { RESOURCE_NOT_FOUND } from '../server';
import type { Reply, Route, RouteContext } from '../server';
import { table } from '../auth';
import type { Account } from '../auth';
import type { Contact } from './contacts';
import { seedListedConversation } from './triggerConversations';
import type { ListedConversation } from './triggerConversations';

/**
 * Conversations beyond the list (API-NOTES §4, §7, §9): create with a first message (JSON, or
 * multipart with `message[attachments][]`), show, labels (POST replaces), assignments (agent,
 * agent bot, team; 0 finds nobody and unassigns) and toggle_status (snoozed_until in unix
 * seconds). The list itself (`GET conversations`, 25 a page in `data.payload`) is served by
 * triggerConversations.ts: conversations are stored there, so both see the same records.
 */
export interface Conversation extends ListedConversation {
	priority: string | null;
	labels: string[];
	custom_attributes: Record<string, unknown>;
	additional_attributes: Record<string, unknown>;
	snoozed_until: number | null;
	meta: ListedConversation['meta'] & {
		assignee: { id: number; name: string } | null;
		team: { id: number; name: string } | null;
	};
}

export interface Team {
	id: number;
	name: string;
}

const STATUSES = ['open', 'resolved', 'pending', 'snoozed'];
/** Conversation.priorities (app/models/conversation.rb): no `none`; nil clears. */
const PRIORITIES = ['low', 'medium', 'high', 'urgent'];
/** PR #15119: `merge: true` and destroy_custom_attributes. */
const CUSTOM_ATTRIBUTE_MERGE_SINCE = '4.17.0';
/** PR #15623: toggle_priority refuses a missing or unknown priority with 422. */
const STRICT_PRIORITY_SINCE = '4.18.0';
/** BOT_ACCESSIBLE_ENDPOINTS (access_token_auth_helper.rb): show and labels index/create from #14655, typing from #13705. */
const BOTS_SHOW_AND_LABEL_SINCE = '4.14.2';
const BOTS_TYPE_SINCE = '4.11.2';

const conversationsOf = (account: Account) => table<Conversation>(account, 'conversations');

export function seedTeam(account: Account, name: string): Team {
	const teams = table<Team>(account, 'teams');
	const team = { id: teams.size + 1, name };
	teams.set(team.id, team);
	return team;
}

/** A conversation for an existing contact, listed by GET conversations too. */
export function seedConversation(account: Account, attributes: Partial<Conversation> = {}): Conversation {
	const listed = seedListedConversation(account, { status: attributes.status ?? 'open', inbox_id: attributes.inbox_id ?? 1 });
	const conversation = Object.assign(listed, {
		priority: null,
		labels: [],
		custom_attributes: {},
		additional_attributes: {},
		snoozed_until: null,
		...attributes,
		id: listed.id,
		meta: { sender: listed.meta.sender, assignee: null, team: null, ...attributes.meta },
	}) as Conversation;
	conversationsOf(account).set(conversation.id, conversation);
	return conversation;
}

/**
 * A conversation with every field ChatWoot 4.15.1's list answers with (openapi.json
 * `conversation_list` payload items: the `conversation` schema plus `meta` with sender, channel,
 * assignee and hmac_verified, the last message in `messages`), for measuring how much of a list
 * an output keeps. `index` varies the texts so records are not identical.
 */
export function seedConversationAsListed(account: Account, sender: Contact, index: number): Conversation {
	const at = 1763000000 + index * 60;
	const lastMessage = {
		id: 1000 + index,
		content: `Hello, my order #${5000 + index} has not arrived yet. Could you check where it is?`,
		account_id: account.id,
		inbox_id: 1,
		conversation_id: 0,
		message_type: 0,
		created_at: at,
		updated_at: new Date(at * 1000).toISOString(),
		private: false,
		status: 'sent',
		source_id: null,
		content_type: 'text',
		content_attributes: {},
		sender_type: 'Contact',
		sender_id: sender.id,
		external_source_ids: {},
		additional_attributes: {},
		processed_message_content: `Hello, my order #${5000 + index} has not arrived yet. Could you check where it is?`,
		sentiment: {},
		conversation: { assignee_id: 1, unread_count: 1, last_activity_at: at, contact_inbox: { source_id: `a1b2c3d4-${index}` } },
		sender: { additional_attributes: {}, custom_attributes: {}, email: sender.email, id: sender.id, identifier: null, name: sender.name, phone_number: null, thumbnail: '', blocked: false, type: 'contact' },
	};
	const listed = {
		status: 'open',
		inbox_id: 1,
		created_at: at,
		// A float in ChatWoot's list (`updated_at.to_f`).
		updated_at: at + 0.25,
		last_activity_at: at,
		labels: ['billing'],
		additional_attributes: { browser: { device_name: 'Unknown', browser_name: 'Chrome', platform_name: 'macOS', browser_version: '131.0', platform_version: '10.15' }, referer: 'https://shop.example.com/orders', initiated_at: { timestamp: new Date(at * 1000).toString() }, browser_language: 'en' },
		meta: {
			sender: { additional_attributes: {}, availability_status: 'offline', email: sender.email, id: sender.id, name: sender.name, phone_number: null, blocked: false, identifier: null, thumbnail: '', custom_attributes: {}, last_activity_at: at, created_at: sender.created_at, type: 'contact' },
			channel: 'Channel::WebWidget',
			assignee: { id: 1, account_id: account.id, availability_status: 'online', auto_offline: true, confirmed: true, email: 'agent@example.com', available_name: 'Agent', name: 'Agent', role: 'agent', thumbnail: '', custom_role_id: null },
			hmac_verified: false,
		},
		account_id: account.id,
		uuid: `6f1d2c3b-4a5e-4f60-8a7b-${String(index).padStart(12, '0')}`,
		agent_last_seen_at: at,
		assignee_last_seen_at: at,
		can_reply: true,
		contact_last_seen_at: at,
		muted: false,
		timestamp: at,
		first_reply_created_at: null,
		unread_count: 1,
		last_non_activity_message: lastMessage,
		waiting_since: at,
		sla_policy_id: null,
		applied_sla: {},
		sla_events: [],
	};
	const conversation = seedConversation(account, listed as unknown as Partial<Conversation>);
	lastMessage.conversation_id = conversation.id;
	conversation.messages = [lastMessage];
	return conversation;
}

function find({ params, account }: RouteContext): Conversation | undefined {
	return conversationsOf(account!).get(Number(params.id));
}

const asObject = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function create({ request, account }: RouteContext): Reply {
	const body = asObject(request.body);
	const contact = account!.contacts.get(Number(body.contact_id));
	if (!contact) return RESOURCE_NOT_FOUND;
	const status = body.status === undefined ? 'open' : String(body.status);
	if (!STATUSES.includes(status)) return { status: 422, body: { error: `'${status}' is not a valid status` } };
	const message = asObject(body.message);
	const files = request.files['message[attachments][]'] ?? [];
	const messages =
		message.content !== undefined || files.length
			? [
					{
						id: 1,
						content: message.content ?? null,
						message_type: 1,
						attachments: files.map((file, index) => ({ id: index + 1, file_type: 'file', data_url: `/files/${file.fileName}`, file_size: file.bytes.length })),
					},
				]
			: [];
	const teamId = body.team_id === undefined ? undefined : Number(body.team_id);
	const conversation = seedConversation(account!, {
		inbox_id: Number(body.inbox_id),
		status,
		custom_attributes: asObject(body.custom_attributes),
		additional_attributes: asObject(body.additional_attributes),
		messages,
		meta: {
			sender: { id: contact.id, name: contact.name, type: 'contact' },
			assignee: null,
			team: teamId ? (table<Team>(account!, 'teams').get(teamId) ?? null) : null,
		},
	});
	return { status: 200, body: conversation };
}

function show(context: RouteContext): Reply {
	const conversation = find(context);
	return conversation ? { status: 200, body: conversation } : RESOURCE_NOT_FOUND;
}

function labels(context: RouteContext): Reply {
	const conversation = find(context);
	if (!conversation) return RESOURCE_NOT_FOUND;
	if (context.request.method === 'POST') {
		const sent = asObject(context.request.body).labels;
		conversation.labels = Array.isArray(sent) ? sent.map(String) : [];
	}
	return { status: 200, body: { payload: conversation.labels } };
}

/** toggle_typing_status dispatches a typing event and answers `head :ok`. */
function toggleTyping(context: RouteContext): Reply {
	return find(context) ? { status: 200 } : RESOURCE_NOT_FOUND;
}

function assign(context: RouteContext): Reply {
	const conversation = find(context);
	if (!conversation) return RESOURCE_NOT_FOUND;
	const body = asObject(context.request.body);
	if ('assignee_id' in body) {
		const agent = context.server.users.find((user) => user.id === Number(body.assignee_id) && user.accountIds.includes(context.account!.id));
		conversation.meta.assignee = agent ? { id: agent.id, name: agent.name } : null;
		return { status: 200, body: agent ? { id: agent.id, name: agent.name, email: agent.email, role: 'agent' } : null };
	}
	if ('team_id' in body) {
		const team = table<Team & { memberIds?: number[] }>(context.account!, 'teams').get(Number(body.team_id));
		conversation.meta.team = team ? { id: team.id, name: team.name } : null;
		// `render json: @team`: the team as stored, less the members teams.ts keeps beside it.
		const { memberIds: _members, ...columns } = team ?? {};
		return { status: 200, body: team ? columns : null };
	}
	return { status: 200, body: null };
}

function toggleStatus(context: RouteContext): Reply {
	const conversation = find(context);
	if (!conversation) return RESOURCE_NOT_FOUND;
	const body = asObject(context.request.body);
	if (body.status === undefined) {
		conversation.status = conversation.status === 'open' ? 'resolved' : 'open';
	} else if (STATUSES.includes(String(body.status))) {
		conversation.status = String(body.status);
		if (body.snoozed_until !== undefined) conversation.snoozed_until = Number(body.snoozed_until);
	} else {
		return { status: 422, body: { error: `'${String(body.status)}' is not a valid status` } };
	}
	conversation.updated_at = Date.now() / 1000;
	return {
		status: 200,
		body: {
			meta: {},
			payload: { success: true, conversation_id: conversation.id, current_status: conversation.status, snoozed_until: conversation.snoozed_until },
		},
	};
}

/**
 * `conversation.toggle_priority(params[:priority])` sets `priority.presence`. Before 4.18 an
 * omitted priority clears it and an unknown one is an enum ArgumentError no handler rescues
 * (500); since 4.18 both are ActionController::ParameterMissing, which
 * RequestExceptionHandler renders as 422 `{error}`; an explicit null still clears.
 */
function togglePriority(context: RouteContext): Reply {
	const conversation = find(context);
	if (!conversation) return RESOURCE_NOT_FOUND;
	const body = asObject(context.request.body);
	const sent = body.priority;
	const isPriority = PRIORITIES.includes(String(sent));
	if (context.server.atLeast(STRICT_PRIORITY_SINCE) && sent !== null && !isPriority) {
		return { status: 422, body: { error: 'param is missing or the value is empty: priority' } };
	}
	const clears = sent === undefined || sent === null || sent === '';
	if (!clears && !isPriority) return { status: 500, body: { status: 500, error: 'Internal Server Error' } };
	conversation.priority = clears ? null : String(sent);
	return { status: 200 };
}

/**
 * ConversationCustomAttributesConcern: the hash sent replaces the conversation's, or, with
 * `merge` truthy on 4.17+, is merged into it; older servers do not permit `merge` and replace.
 */
function setCustomAttributes(context: RouteContext): Reply {
	const conversation = find(context);
	if (!conversation) return RESOURCE_NOT_FOUND;
	const body = asObject(context.request.body);
	const sent = asObject(body.custom_attributes);
	const merge = context.server.atLeast(CUSTOM_ATTRIBUTE_MERGE_SINCE) && [true, 'true', '1', 1].includes(body.merge as never);
	conversation.custom_attributes = merge ? { ...conversation.custom_attributes, ...sent } : sent;
	return { status: 200, body: { custom_attributes: conversation.custom_attributes } };
}

/** `custom_attributes.excluding(keys)`, rendered like custom_attributes (4.17+). */
function destroyCustomAttributes(context: RouteContext): Reply {
	const conversation = find(context);
	if (!conversation) return RESOURCE_NOT_FOUND;
	const sent = asObject(context.request.body).custom_attributes;
	const keys = new Set((Array.isArray(sent) ? sent : [sent]).map(String));
	conversation.custom_attributes = Object.fromEntries(Object.entries(conversation.custom_attributes).filter(([key]) => !keys.has(key)));
	return { status: 200, body: { custom_attributes: conversation.custom_attributes } };
}

export const conversationRoutes = (): Route[] => [
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/conversations', scope: 'account', bots: true, handle: create },
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/conversations/:id', scope: 'account', bots: BOTS_SHOW_AND_LABEL_SINCE, handle: show },
	{ methods: ['GET', 'POST'], path: '/api/v1/accounts/:account_id/conversations/:id/labels', scope: 'account', bots: BOTS_SHOW_AND_LABEL_SINCE, handle: labels },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/conversations/:id/toggle_typing_status', scope: 'account', bots: BOTS_TYPE_SINCE, handle: toggleTyping },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/conversations/:id/assignments', scope: 'account', bots: true, handle: assign },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/conversations/:id/toggle_status', scope: 'account', bots: true, handle: toggleStatus },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/conversations/:id/toggle_priority', scope: 'account', bots: true, handle: togglePriority },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/conversations/:id/custom_attributes', scope: 'account', bots: true, handle: setCustomAttributes },
	{
		methods: ['POST'],
		path: '/api/v1/accounts/:account_id/conversations/:id/destroy_custom_attributes',
		scope: 'account',
		since: CUSTOM_ATTRIBUTE_MERGE_SINCE,
		handle: destroyCustomAttributes,
	},
];
