import { randomBytes } from 'crypto';

import { RESOURCE_NOT_FOUND } from '../server';
import type { ChatWootMock, Reply, Route, RouteContext } from '../server';
import { table } from '../auth';
import type { Account, User } from '../auth';
import { seedApiInbox } from './publicApi';
import { accountAgents, renderAgent } from './teams';

/**
 * Inboxes and their members (inboxes_controller.rb, inbox_members_controller.rb; `{payload: […]}`
 * lists). `channel` holds `type` (the create body's `channel.type`) and the channel's own columns,
 * rendered beside the inbox's as `_inbox.json.jbuilder` does.
 */
export interface Inbox {
	id: number;
	name: string;
	channel: Record<string, unknown>;
	memberIds: number[];
}

/** The channel types the create route builds (web_widget, api) and the ones only seeded. */
const CHANNEL_TYPES: Record<string, string> = {
	api: 'Channel::Api',
	web_widget: 'Channel::WebWidget',
	email: 'Channel::Email',
	whatsapp: 'Channel::Whatsapp',
	telegram: 'Channel::Telegram',
};
const CREATABLE = ['api', 'web_widget'];
/** Channel columns `_inbox.json.jbuilder` shows administrators only. */
const ADMIN_ONLY = ['hmac_token', 'secret', 'provider_config'];

function renderInbox(account: Account, inbox: Inbox, user: User) {
	const { type, identifier, ...columns } = inbox.channel;
	const shown = Object.entries(columns).filter(([column]) => user.role !== 'agent' || !ADMIN_ONLY.includes(column));
	return {
		id: inbox.id,
		name: inbox.name,
		channel_id: inbox.id,
		channel_type: CHANNEL_TYPES[String(type)],
		webhook_url: null,
		account_id: account.id,
		avatar_url: '',
		...Object.fromEntries(shown),
		// The API channel's identifier, the Client API's inbox address.
		...(type === 'api' ? { inbox_identifier: identifier } : {}),
	};
}

/**
 * Stores an inbox under the id given; an API channel gets what ChatWoot generates for it
 * (identifier, hmac_token, secret) unless given, and is reachable through the Client API.
 */
export function seedInbox(server: ChatWootMock, account: Account, inbox: Inbox): Inbox {
	if (inbox.channel.type === 'api') {
		inbox.channel = { identifier: randomBytes(12).toString('base64url'), hmac_token: randomBytes(12).toString('base64url'), secret: randomBytes(12).toString('base64url'), hmac_mandatory: false, ...inbox.channel };
		seedApiInbox(server, String(inbox.channel.identifier), account.id, inbox.name, {
			hmacToken: String(inbox.channel.hmac_token),
			hmacMandatory: inbox.channel.hmac_mandatory === true,
		});
	}
	table<Inbox>(account, 'inboxes').set(inbox.id, inbox);
	return inbox;
}

function createInbox({ request, account, server, user }: RouteContext): Reply {
	const body = (request.body ?? {}) as { name?: string; channel?: Record<string, unknown> };
	// ChatWoot builds no channel for types it does not create, and the inbox then fails validation.
	if (!body.channel || !CREATABLE.includes(String(body.channel.type))) {
		return { status: 422, body: { message: "Channel can't be blank", attributes: ['channel'] } };
	}
	if (!body.name) return { status: 422, body: { message: "Name can't be blank", attributes: ['name'] } };
	const inbox = seedInbox(server, account!, { id: account!.nextId++, name: body.name, channel: { ...body.channel }, memberIds: [] });
	return { status: 200, body: renderInbox(account!, inbox, user) };
}

function addMembers({ request, account, server }: RouteContext): Reply {
	const inbox = table<Inbox>(account!, 'inboxes').get(Number((request.body as { inbox_id?: unknown })?.inbox_id));
	if (!inbox) return RESOURCE_NOT_FOUND;
	const agents = accountAgents(server, account!, request.body);
	if (!Array.isArray(agents)) return agents;
	for (const agent of agents) if (!inbox.memberIds.includes(agent.id)) inbox.memberIds.push(agent.id);
	return { status: 200, body: { payload: server.users.filter((user) => inbox.memberIds.includes(user.id)).map(renderAgent) } };
}

export const inboxRoutes = (): Route[] => [
	{
		methods: ['GET'],
		path: '/api/v1/accounts/:account_id/inboxes',
		scope: 'account',
		handle: ({ account, user }) => ({
			status: 200,
			body: { payload: [...table<Inbox>(account!, 'inboxes').values()].map((inbox) => renderInbox(account!, inbox, user)) },
		}),
	},
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/inboxes', scope: 'account', handle: createInbox },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/inbox_members', scope: 'account', handle: addMembers },
	{
		methods: ['GET'],
		path: '/api/v1/accounts/:account_id/inbox_members/:inbox_id',
		scope: 'account',
		handle: ({ params, account, server }) => {
			const inbox = table<Inbox>(account!, 'inboxes').get(Number(params.inbox_id));
			if (!inbox) return RESOURCE_NOT_FOUND;
			return { status: 200, body: { payload: server.users.filter((user) => inbox.memberIds.includes(user.id)).map(renderAgent) } };
		},
	},
];
