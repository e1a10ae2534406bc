import { RESOURCE_NOT_FOUND } from '../server';
import type { Reply, Route, RouteContext } from '../server';
import { table } from '../auth';
import type { Account } from '../auth';
import { accountAgents, renderAgent } from './teams';

/** API-channel inboxes and their members (inboxes_controller.rb, inbox_members_controller.rb; `{payload: […]}` lists). */
export interface Inbox {
	id: number;
	name: string;
	channel: Record<string, unknown>;
	memberIds: number[];
}

const CHANNEL_TYPES: Record<string, string> = { api: 'Channel::Api', web_widget: 'Channel::WebWidget' };

const renderInbox = (account: Account, inbox: Inbox) => ({
	id: inbox.id,
	name: inbox.name,
	channel_id: inbox.id,
	channel_type: CHANNEL_TYPES[String(inbox.channel.type)],
	webhook_url: inbox.channel.webhook_url ?? null,
	account_id: account.id,
	avatar_url: '',
});

function createInbox({ request, account }: RouteContext): Reply {
	const body = (request.body ?? {}) as { name?: string; channel?: Record<string, unknown> };
	// ChatWoot builds no channel for types it does not create, and the inbox then fails validation.
	if (!body.channel || !CHANNEL_TYPES[String(body.channel.type)]) {
		return { status: 422, body: { message: "Channel can't be blank", attributes: ['channel'] } };
	}
	if (!body.name) return { status: 422, body: { message: "Name can't be blank", attributes: ['name'] } };
	const inbox: Inbox = { id: account!.nextId++, name: body.name, channel: body.channel, memberIds: [] };
	table<Inbox>(account!, 'inboxes').set(inbox.id, inbox);
	return { status: 200, body: renderInbox(account!, inbox) };
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
		handle: ({ account }) => ({
			status: 200,
			body: { payload: [...table<Inbox>(account!, 'inboxes').values()].map((inbox) => renderInbox(account!, inbox)) },
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
