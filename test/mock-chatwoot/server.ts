import { createServer, STATUS_CODES } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { isAtLeast, parseChatWootVersion } from '../../nodes/ChatWoot/transport/version';
import { recordRequest } from '../support/recordRequest';
import type { RecordedRequest } from '../support/recordRequest';
import { authenticate } from './auth';
import type { Account, User } from './auth';

/**
 * A local stand-in for a ChatWoot server's API, built from shared/chatwoot/API-NOTES.md (not
 * from the OpenAPI spec alone): routes and verbs as Rails routes them, ChatWoot's 401/404/422
 * bodies, `{payload: …}` envelopes, multipart with bracket notation. One module per ChatWoot
 * resource registers its routes; this file only dispatches, records and injects failures.
 * It answers as one ChatWoot version (`version`, see VERSIONS.md): a route newer than it is
 * Rails' HTML 404, and resource modules ask `server.atLeast(…)` where an answer changed.
 */

/** The version the mock speaks unless told: the one shared/chatwoot/ (spec, routes, API-NOTES) describes. */
export const DEFAULT_MOCK_VERSION = '4.15.1';

export type { RecordedRequest };

export interface Reply {
	status: number;
	body?: unknown;
	contentType?: string;
	/** Further response headers (Location, Content-Disposition); a Buffer body is sent as is. */
	headers?: Record<string, string>;
}

export interface RouteContext {
	request: RecordedRequest;
	params: Record<string, string>;
	user: User;
	account?: Account;
	server: ChatWootMock;
}

export interface Route {
	methods: string[];
	/** Path template with `:name` segments, e.g. `/api/v1/accounts/:account_id/contacts/:id`. */
	path: string;
	/**
	 * Who may call it: `account` and `user` routes need a user token (an agent bot's too where
	 * `bots` is set), `platform` routes a platform app's token, `public` ones nothing.
	 */
	scope: 'account' | 'user' | 'platform' | 'public';
	/**
	 * ChatWoot's BOT_ACCESSIBLE_ENDPOINTS: an agent bot's token may call it, in every version
	 * (`true`) or from the release named (e.g. `4.14.2`); older versions answer a bot 401.
	 */
	bots?: true | string;
	/** The first ChatWoot release with this route (routes.tsv `since`); older versions do not route it. */
	since?: string;
	handle: (context: RouteContext) => Reply | Promise<Reply>;
}

/**
 * A failure to inject into the next requests, for reliability tests: ChatWoot's rate limit, its
 * 500 (with `afterHandling`, the request is carried out first: a record is created, then the
 * answer is lost), a reset connection, a slow answer, a token revoked mid-run, a body cut off
 * mid-way, and the HTML page of a proxy in front of ChatWoot.
 */
export type Failure =
	| { kind: 'rateLimit' }
	| { kind: 'serverError'; afterHandling?: boolean }
	| { kind: 'reset' }
	| { kind: 'slow'; delayMs: number }
	| { kind: 'unauthorized' }
	| { kind: 'cutOffJson' }
	| { kind: 'proxyPage'; status: number };

/** Which requests a failure waits for; without one it takes the very next request. */
export interface FailureTarget {
	method?: string;
	/** The path, exactly or as a pattern. */
	path?: string | RegExp;
	/** Query parameters the request must have, e.g. `{ page: '2' }` for a page in the middle of a listing. */
	query?: Record<string, string>;
	/** How many of the requests named to let through first: the second of three creates fails with `after: 1`. */
	after?: number;
}

/**
 * rack-attack's default throttle answer: plain text, no Retry-After (API-NOTES §5). With
 * MOCK_RETRY_AFTER set (seconds), a Retry-After header as rack-attack sends when configured to,
 * which tests use to shorten the wait instead of the minute ChatWoot's window lasts.
 */
function rateLimitReply(): Reply {
	const retryAfter = process.env.MOCK_RETRY_AFTER;
	return { status: 429, body: 'Retry later\n', contentType: 'text/plain', ...(retryAfter ? { headers: { 'Retry-After': retryAfter } } : {}) };
}

/** A proxy's error page (nginx's wording): HTML, whatever the status. */
function proxyPageReply(status: number): Reply {
	const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
	return { status, body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`, contentType: 'text/html' };
}

/** A record's answer cut off after a few keys: what a dropped connection or a full proxy buffer leaves. */
const CUT_OFF_JSON: Reply = { status: 200, body: '{"payload": {"id": 1, "name": ', contentType: 'application/json; charset=utf-8' };

/** The answer a failure replaces the route's answer with; undefined for failures that still let the route answer. */
function failureReply(failure: Failure | undefined): Reply | undefined {
	switch (failure?.kind) {
		case 'rateLimit':
			return rateLimitReply();
		case 'serverError':
			return { status: 500, body: { status: 500, error: 'Internal Server Error' } };
		case 'unauthorized':
			return { status: 401, body: { error: 'Invalid Access Token' } };
		case 'cutOffJson':
			return CUT_OFF_JSON;
		case 'proxyPage':
			return proxyPageReply(failure.status);
		default:
			return undefined;
	}
}

export const RESOURCE_NOT_FOUND: Reply = { status: 404, body: { error: 'Resource could not be found' } };

/** Rails' answer to a path it has no route for: its HTML 404 page, not JSON. */
const NO_ROUTE: Reply = { status: 404, body: '<!DOCTYPE html><html><body>The page you were looking for doesn\'t exist.</body></html>', contentType: 'text/html' };

export interface ChatWootMockOptions {
	/** The ChatWoot version to answer as; else `MOCK_CHATWOOT_VERSION`, else DEFAULT_MOCK_VERSION. */
	version?: string;
}

/** ApiController#index (app/controllers/api_controller.rb): no token, the server's version and health. */
const statusRoute: Route = {
	methods: ['GET'],
	path: '/api',
	scope: 'public',
	handle: ({ server }) => ({
		status: 200,
		// `Time.now.utc.to_formatted_s(:db)`: "2026-06-17 12:00:00".
		body: { version: server.version, timestamp: new Date().toISOString().slice(0, 19).replace('T', ' '), queue_services: 'ok', data_services: 'ok' },
	}),
};

export class ChatWootMock {
	readonly requests: RecordedRequest[] = [];
	readonly users: User[] = [];
	readonly accounts = new Map<number, Account>();
	baseUrl = '';
	/** The ChatWoot version this mock answers as, e.g. `4.11.0`. */
	readonly version: string;
	private readonly routes: Array<Route & { pattern: RegExp; names: string[] }> = [];
	private readonly failures: Array<{ failure: Failure; target: FailureTarget }> = [];
	private server?: Server;

	constructor(resources: Array<(server: ChatWootMock) => Route[]>, { version = process.env.MOCK_CHATWOOT_VERSION || DEFAULT_MOCK_VERSION }: ChatWootMockOptions = {}) {
		if (!parseChatWootVersion(version)) throw new Error(`The ChatWoot mock cannot answer as version "${version}": give one such as 4.11.0`);
		this.version = version;
		for (const register of [() => [statusRoute], ...resources]) {
			for (const route of register(this)) {
				const names: string[] = [];
				const source = route.path.replace(/:(\w+)/g, (_, name: string) => {
					names.push(name);
					return '([^/]+)';
				});
				this.routes.push({ ...route, pattern: new RegExp(`^${source}/?$`), names });
			}
		}
	}

	/** Whether the version answered as is `since` or newer. */
	atLeast(since: string): boolean {
		return isAtLeast(this.version, since);
	}

	addAccount(id: number, name = `Account ${id}`): Account {
		const account: Account = { id, name, nextId: 1, contacts: new Map(), tables: new Map() };
		this.accounts.set(id, account);
		return account;
	}

	addUser(user: Omit<User, 'id'>): User {
		const created = { ...user, id: this.users.length + 1 };
		this.users.push(created);
		return created;
	}

	/**
	 * The next `count` requests (those `target` names, when given) fail as described, then the
	 * server behaves again. Untargeted failures take whatever request comes next.
	 */
	failNext(failure: Failure, count = 1, target: FailureTarget = {}): void {
		for (let i = 0; i < count; i++) this.failures.push({ failure, target: { ...target } });
	}

	/** Forgets failures no request has taken yet, so one test's leftovers do not fail the next. */
	clearFailures(): void {
		this.failures.length = 0;
	}

	/** The first waiting failure for this request, taken off the queue. */
	private takeFailure(request: RecordedRequest): Failure | undefined {
		const index = this.failures.findIndex(({ target: { method, path, query = {} } }) => {
			if (method && method !== request.method) return false;
			if (Object.entries(query).some(([name, value]) => request.query[name] !== value)) return false;
			if (path === undefined) return true;
			return typeof path === 'string' ? path === request.path : path.test(request.path);
		});
		if (index < 0) return undefined;
		const { failure, target } = this.failures[index];
		if (target.after) {
			target.after--;
			return undefined;
		}
		this.failures.splice(index, 1);
		return failure;
	}

	/** Every recorded request's contract problems, with the request named. */
	contractViolations(): string[] {
		return this.requests.flatMap((r) => r.contractProblems.map((p) => `${r.method} ${r.path}: ${p}`));
	}

	async start(port = 0): Promise<string> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error: Error) => {
				res.writeHead(500, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ error: `mock failure: ${error.message}` }));
			});
		});
		this.server.keepAliveTimeout = 60_000;
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const url = new URL(req.url ?? '/', 'http://mock');
		const request = await recordRequest(req.method ?? 'GET', url, req.headers, Buffer.concat(chunks));
		this.requests.push(request);

		const failure = this.takeFailure(request);
		if (failure?.kind === 'reset') {
			req.socket.destroy();
			return;
		}
		if (failure?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, failure.delayMs).unref()); // unref: a test that ends first need not wait for it
		if (failure?.kind === 'serverError' && failure.afterHandling) await this.dispatch(request);
		const reply: Reply = failureReply(failure) ?? (await this.dispatch(request));
		const isText = typeof reply.body === 'string';
		const isBytes = Buffer.isBuffer(reply.body);
		res.writeHead(reply.status, {
			'Content-Type': reply.contentType ?? (isText ? 'text/plain' : 'application/json; charset=utf-8'),
			...reply.headers,
		});
		res.end(reply.body === undefined ? '' : isText || isBytes ? (reply.body as string | Buffer) : JSON.stringify(reply.body));
	}

	private async dispatch(request: RecordedRequest): Promise<Reply> {
		const route = this.routes.find(
			(candidate) => candidate.methods.includes(request.method) && candidate.pattern.test(request.path) && (!candidate.since || this.atLeast(candidate.since)),
		);
		if (!route) return NO_ROUTE;
		const values = route.pattern.exec(request.path)!.slice(1);
		const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(values[i])]));
		// Signed addresses (Active Storage) need no token.
		if (route.scope === 'public') return await route.handle({ request, params, server: this, user: undefined as never });
		const auth = authenticate(this, request, route, route.scope === 'account' ? Number(params.account_id) : undefined);
		if ('status' in auth) return auth;
		return await route.handle({ request, params, server: this, ...auth });
	}
}
