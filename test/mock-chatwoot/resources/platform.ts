import type { ChatWootMock, Reply, Route, RouteContext } from '../server';

/**
 * ChatWoot's Platform API (API-NOTES §3): a platform app creates accounts and users and may
 * then manage only those ("Non permissible resource" otherwise). Bodies are top-level JSON.
 */

const permissibles = new WeakMap<ChatWootMock, Set<string>>();

function granted(server: ChatWootMock): Set<string> {
	let set = permissibles.get(server);
	if (!set) permissibles.set(server, (set = new Set()));
	return set;
}

/** Lets the platform apps manage a record they did not create (a PlatformAppPermissible row). */
export function seedPermissible(server: ChatWootMock, kind: 'account' | 'user', id: number): void {
	granted(server).add(`${kind}:${id}`);
}

const NOT_PERMISSIBLE: Reply = { status: 401, body: { error: 'Non permissible resource' } };

const bodyOf = (context: RouteContext) => (context.request.body ?? {}) as Record<string, unknown>;

function renderAccount(server: ChatWootMock, id: number) {
	const account = server.accounts.get(id)!;
	return { id, name: account.name, locale: 'en', status: 'active', custom_attributes: {}, limits: {} };
}

function renderUser(server: ChatWootMock, id: number) {
	const user = server.users.find((candidate) => candidate.id === id)!;
	return { id, name: user.name, email: user.email, display_name: user.name, type: 'User', accounts: user.accountIds };
}

function createAccount(context: RouteContext): Reply {
	const { server } = context;
	const { name } = bodyOf(context);
	if (typeof name !== 'string' || !name) return { status: 422, body: { message: "Name can't be blank" } };
	const id = Math.max(0, ...server.accounts.keys()) + 1;
	server.addAccount(id, name);
	granted(server).add(`account:${id}`);
	return { status: 200, body: renderAccount(server, id) };
}

function createUser(context: RouteContext): Reply {
	const { server } = context;
	const { name, email } = bodyOf(context) as { name?: string; email?: string };
	if (!name || !email) return { status: 422, body: { message: "Name can't be blank, Email can't be blank" } };
	const user = server.addUser({ name, email, accessToken: `user-token-${server.users.length + 1}`, accountIds: [], kind: 'user' });
	granted(server).add(`user:${user.id}`);
	return { status: 200, body: renderUser(server, user.id) };
}

function addAccountUser(context: RouteContext): Reply {
	const { server, params } = context;
	const accountId = Number(params.account_id);
	if (!granted(server).has(`account:${accountId}`)) return NOT_PERMISSIBLE;
	const { user_id: userId, role } = bodyOf(context) as { user_id?: number; role?: string };
	const user = server.users.find((candidate) => candidate.id === Number(userId));
	if (!user) return { status: 404, body: { error: 'Resource could not be found' } };
	if (!user.accountIds.includes(accountId)) user.accountIds.push(accountId);
	return { status: 200, body: { account_id: accountId, user_id: user.id, role: role ?? 'agent' } };
}

export const platformRoutes = (): Route[] => [
	// accounts#index: the accounts the app may manage, a bare array (the credential's test).
	{
		methods: ['GET'],
		path: '/platform/api/v1/accounts',
		scope: 'platform',
		handle: ({ server }) => ({
			status: 200,
			body: [...server.accounts.keys()].filter((id) => granted(server).has(`account:${id}`)).map((id) => renderAccount(server, id)),
		}),
	},
	{ methods: ['POST'], path: '/platform/api/v1/accounts', scope: 'platform', handle: createAccount },
	{
		methods: ['GET'],
		path: '/platform/api/v1/accounts/:account_id',
		scope: 'platform',
		handle: ({ server, params }) =>
			granted(server).has(`account:${params.account_id}`)
				? { status: 200, body: renderAccount(server, Number(params.account_id)) }
				: NOT_PERMISSIBLE,
	},
	{ methods: ['POST'], path: '/platform/api/v1/users', scope: 'platform', handle: createUser },
	{ methods: ['POST'], path: '/platform/api/v1/accounts/:account_id/account_users', scope: 'platform', handle: addAccountUser },
];
