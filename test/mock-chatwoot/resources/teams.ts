import { RESOURCE_NOT_FOUND } from '../server';
import type { ChatWootMock, Reply, Route, RouteContext } from '../server';
import { table } from '../auth';
import type { Account, User } from '../auth';

/** Teams and their members (API-NOTES §4: bare arrays; `team_members_controller.rb`). */
export interface Team {
	id: number;
	name: string;
	description: string;
	allow_auto_assign: boolean;
	memberIds: number[];
}

/** An agent as `_agent.json.jbuilder` renders it (the fields the workflows read). */
export function renderAgent(user: User) {
	return { id: user.id, name: user.name, email: user.email, role: user.role ?? 'agent', availability_status: user.availability ?? 'online', confirmed: true };
}

const renderTeam = (account: Account, team: Team) => ({
	id: team.id,
	name: team.name,
	description: team.description,
	allow_auto_assign: team.allow_auto_assign,
	account_id: account.id,
	is_member: false,
});

/** `user_ids[]` of the account's users; 404 for anyone else, as `Current.account.users.find`. */
export function accountAgents(server: ChatWootMock, account: Account, body: unknown): User[] | Reply {
	const ids = ((body as { user_ids?: unknown[] })?.user_ids ?? []).map(Number);
	const agents = ids.map((id) => server.users.find((user) => user.id === id && user.accountIds.includes(account.id)));
	return agents.every(Boolean) ? (agents as User[]) : RESOURCE_NOT_FOUND;
}

/** Stores a team under the id given (ChatWoot numbers each table apart). */
export function seedTeamWithMembers(account: Account, team: Team): Team {
	table<Team>(account, 'teams').set(team.id, team);
	return team;
}

function createTeam({ request, account }: RouteContext): Reply {
	// ParamsWrapper puts top-level JSON fields under `team`.
	const params = ((request.body as { team?: object })?.team ?? request.body ?? {}) as Partial<Team>;
	const teams = table<Team>(account!, 'teams');
	const name = String(params.name ?? '').toLowerCase();
	if (!name) return { status: 422, body: { message: "Name can't be blank", attributes: ['name'] } };
	if ([...teams.values()].some((team) => team.name === name)) {
		return { status: 422, body: { message: 'Name has already been taken', attributes: ['name'] } };
	}
	const team = seedTeamWithMembers(account!, {
		id: account!.nextId++,
		name,
		description: String(params.description ?? ''),
		allow_auto_assign: params.allow_auto_assign ?? true,
		memberIds: [],
	});
	return { status: 200, body: renderTeam(account!, team) };
}

function addMembers({ request, params, account, server }: RouteContext): Reply {
	const team = table<Team>(account!, 'teams').get(Number(params.team_id));
	if (!team) return RESOURCE_NOT_FOUND;
	const agents = accountAgents(server, account!, request.body);
	if (!Array.isArray(agents)) return agents;
	const added = agents.filter((agent) => !team.memberIds.includes(agent.id));
	team.memberIds.push(...added.map((agent) => agent.id));
	return { status: 200, body: added.map(renderAgent) };
}

function members({ params, account, server }: RouteContext): Reply {
	const team = table<Team>(account!, 'teams').get(Number(params.team_id));
	if (!team) return RESOURCE_NOT_FOUND;
	return { status: 200, body: server.users.filter((user) => team.memberIds.includes(user.id)).map(renderAgent) };
}

export const teamRoutes = (): Route[] => [
	{
		methods: ['GET'],
		path: '/api/v1/accounts/:account_id/teams',
		scope: 'account',
		handle: ({ account }) => ({
			status: 200,
			body: [...table<Team>(account!, 'teams').values()].map((team) => renderTeam(account!, team)),
		}),
	},
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/teams', scope: 'account', handle: createTeam },
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/teams/:team_id/team_members', scope: 'account', handle: members },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/teams/:team_id/team_members', scope: 'account', handle: addMembers },
];
