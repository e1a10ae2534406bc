import type { ChatWootMock, RecordedRequest, Reply, Route, RouteContext } from './server';
import type { Contact } from './resources/contacts';

export interface Account {
	id: number;
	name: string;
	nextId: number;
	contacts: Map<number, Contact>;
	/** Every other resource's records, by resource name: see `table`. */
	tables: Map<string, Map<number | string, unknown>>;
}

/** An account's records of one resource (conversations, teams, …), created on first use. */
export function table<T>(account: Account, name: string): Map<number | string, T> {
	let records = account.tables.get(name);
	if (!records) account.tables.set(name, (records = new Map()));
	return records as Map<number | string, T>;
}

export interface User {
	id: number;
	name: string;
	email: string;
	accessToken: string;
	/** Account IDs this user is a member of. */
	accountIds: number[];
	/** Who owns the token: ChatWoot lets each kind call different routes (API-NOTES §3). */
	kind?: 'user' | 'agentBot' | 'platform';
	/** The account role; without one a user may do what an administrator may. */
	role?: 'administrator' | 'agent';
	/** What the agents list shows; `online` unless set. */
	availability?: 'online' | 'busy' | 'offline';
}

/** Pundit's refusal (RequestExceptionHandler): the policies of webhooks, custom attribute definitions, … let administrators only. */
export function adminOnly(handle: (context: RouteContext) => Reply): (context: RouteContext) => Reply {
	return (context) =>
		context.user.role === 'agent' ? { status: 401, body: { error: 'You are not authorized to do this action' } } : handle(context);
}

/**
 * ChatWoot's token check (API-NOTES §3, §8): the `api_access_token` header (Rails maps
 * `Api-Access-Token` to the same key), every failure a 401 with ChatWoot's own body.
 */
export function authenticate(
	server: ChatWootMock,
	request: RecordedRequest,
	route: Pick<Route, 'scope' | 'bots'>,
	accountId: number | undefined,
): { user: User; account?: Account } | Reply {
	const token = request.headers.api_access_token ?? request.headers['api-access-token'];
	const user = token ? server.users.find((candidate) => candidate.accessToken === token) : undefined;
	// PlatformController answers every token it does not know, or that is not a platform app's, alike.
	if (route.scope === 'platform') {
		return user?.kind === 'platform' ? { user } : { status: 401, body: { error: 'Invalid access_token' } };
	}
	if (!token) return { status: 401, body: { errors: ['You need to sign in or sign up before continuing.'] } };
	if (!user) return { status: 401, body: { error: 'Invalid Access Token' } };
	// Api::BaseController: a bot may call only BOT_ACCESSIBLE_ENDPOINTS (of the version answered);
	// platform tokens are refused with the same words.
	const botMayCall = route.bots === true || (route.bots !== undefined && server.atLeast(route.bots));
	if (user.kind === 'platform' || (user.kind === 'agentBot' && !botMayCall)) {
		return { status: 401, body: { error: 'Access to this endpoint is not authorized for bots' } };
	}
	if (accountId === undefined) return { user };
	// Account.find comes first (404 for an unknown account), then the membership check (401).
	const account = server.accounts.get(accountId);
	if (!account) return { status: 404, body: { error: 'Resource could not be found' } };
	if (!user.accountIds.includes(accountId)) {
		return { status: 401, body: { error: 'You are not authorized to access this account' } };
	}
	return { user, account };
}
