import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, INodeProperties, RequestHelperFunctions } from 'n8n-workflow';

import { routeKey, tokenTypeOf } from './access';
import type { Access } from './access';
import { perExecution } from './perExecution';

/** A ChatWoot release as ChatWoot spells it, e.g. `4.17.0`. */
export type ChatWootVersion = string;

/** The oldest release the nodes are built and tested against (test/contract/chatwoot/VERSIONS.md). */
export const OLDEST_SUPPORTED_VERSION: ChatWootVersion = '4.11.0';

/** The newest release the research found; a server that does not say its version counts as this or newer. */
export const NEWEST_KNOWN_VERSION: ChatWootVersion = '4.18.0';

/**
 * `4.17.0`, `v4.17.0`, `4.17`, and with a suffix such as `4.18.0-beta` or a fork's
 * `4.18.0-indica-facil.37`. The suffix is ignored: forks label their builds of a release that
 * way, so `4.18.0-…` answers what 4.18.0 does.
 */
const VERSION_TEXT = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?:[-+][0-9A-Za-z.+-]*)?$/;

export function parseChatWootVersion(text: unknown): [number, number, number] | undefined {
	if (typeof text !== 'string') return undefined;
	const match = VERSION_TEXT.exec(text.trim());
	return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** A minimum the code declares (`since`): one that cannot be read is a bug, not a pass. */
function minimum(since: ChatWootVersion): [number, number, number] {
	const parts = parseChatWootVersion(since);
	if (!parts) throw new Error(`"${since}" is not a ChatWoot version such as 4.17.0`);
	return parts;
}

/**
 * Whether `version` is `since` or newer. A version that cannot be read counts as the newest, as
 * a server that does not say its version does; a `since` that cannot be read is a bug.
 */
export function isAtLeast(version: string, since: string): boolean {
	const needed = minimum(since);
	const running = parseChatWootVersion(version);
	if (!running) return true;
	const differs = running.findIndex((part, index) => part !== needed[index]);
	return differs === -1 || running[differs] > needed[differs];
}

/** `4.17.0` → `4.17+`, `4.14.2` → `4.14.2+`: how descriptions and errors name a minimum. */
export function sinceLabel(since: ChatWootVersion): string {
	const [major, minor, patch] = minimum(since);
	return `${major}.${minor}${patch ? `.${patch}` : ''}+`;
}

/**
 * What every credential says of versions. n8n can show no more after a test: a declarative test
 * makes one request (here, the one that proves the token; ChatWoot's version is at another
 * address) and fails only with fixed messages, and the editor shows a passed test as
 * "Connection tested successfully" whatever the test returns.
 */
export const versionNotice: INodeProperties = {
	displayName: `Works with ChatWoot ${sinceLabel(OLDEST_SUPPORTED_VERSION)}. When an operation or field needs a newer release, the node reads your ChatWoot's version (Base URL + /api, sent without the token) and refuses before sending, naming both versions.`,
	name: 'versionNotice',
	type: 'notice',
	default: '',
};

/** What an operation's or field's description says when it needs a newer ChatWoot. */
export function sinceNote(since: ChatWootVersion): string {
	return `Needs ChatWoot ${sinceLabel(since)}.`;
}

/**
 * ApiController#index answers `GET /api` with `{version, …}` and skips authentication
 * (app/controllers/api_controller.rb, unchanged 4.11.0 → 4.18): no token is sent at all. A
 * server that does not answer within a few seconds counts as unknown, not as broken.
 */
const LOOKUP_TIMEOUT_MS = 4000;

/** One lookup per execution, credential and server, shared by concurrent items (perExecution). */
const lookupOnce = perExecution<Promise<ChatWootVersion | undefined>>();

/** A Base URL may carry `user:password@`: what errors and the cache keep of it leaves that out. */
const withoutUserinfo = (url: string) => url.replace(/\/\/[^/@]*@/, '//');

/**
 * What `GET {baseURL}/api` says the version is, or undefined when the server does not say (or not
 * in time). Any n8n context can ask (the triggers too); nothing of a credential is sent.
 */
export async function askServerVersion(
	context: { helpers: Pick<RequestHelperFunctions, 'httpRequest'> },
	baseURL: string,
): Promise<ChatWootVersion | undefined> {
	try {
		const answer = (await context.helpers.httpRequest({
			method: 'GET',
			url: `${baseURL}/api`,
			headers: { Accept: 'application/json' },
			json: true,
			timeout: LOOKUP_TIMEOUT_MS,
		})) as { version?: unknown } | undefined;
		const version = answer?.version;
		return typeof version === 'string' && parseChatWootVersion(version) ? version.trim() : undefined;
	} catch {
		return undefined;
	}
}

/** The version the credential's ChatWoot reports, or undefined when it does not say (or not in time). */
export async function serverVersion(context: IExecuteSingleFunctions, baseURL: string, credentialType: string): Promise<ChatWootVersion | undefined> {
	return await lookupOnce(context, credentialType, [withoutUserinfo(baseURL)], async () => await askServerVersion(context, baseURL));
}

/**
 * One thing a route needs a newer ChatWoot for: the route itself, a field when the user set it,
 * or the route called with an agent bot token.
 */
interface VersionNeed {
	since: ChatWootVersion;
	/** How errors name it: `"Delete custom attributes of a conversation"`, `The field "<its display name>"`. */
	what: string;
	/** Whether it concerns this item (it sets the field, it uses a bot token); always when absent. */
	applies?: (context: IExecuteSingleFunctions) => boolean;
	/** What the user can do on the older server, after "Upgrade ChatWoot, or". */
	otherwise: string;
}

/** A field that needs a newer ChatWoot: `name`, or `collection.name` inside a collection. */
export interface FieldSince {
	parameter: string;
	displayName: string;
	since: ChatWootVersion;
	/** The field's default: a top-level field counts as set only when it differs from it. */
	default: unknown;
}

/**
 * Set as the routing sends it: a collection's field when the user added it (whatever its value),
 * a top-level field when its value is not the default (n8n does not even save a default).
 */
function fieldIsSet({ parameter, default: fallback }: FieldSince): (context: IExecuteSingleFunctions) => boolean {
	const [name, inside] = parameter.split('.');
	if (inside) return (context) => (context.getNodeParameter(name, {}) as IDataObject)[inside] !== undefined;
	return (context) => JSON.stringify(context.getNodeParameter(name, fallback)) !== JSON.stringify(fallback);
}

/** What each route (`METHOD template`) needs, registered by the operations that call it. */
const needsByRoute = new Map<string, VersionNeed[]>();

/** Account routes are named without their common prefix: `GET conversations/{conversationId}`. */
const ACCOUNT_PREFIX = /^\/api\/v1\/accounts\/\{accountId\}\//;

const usesBotToken = (context: IExecuteSingleFunctions) => tokenTypeOf(context) === 'agentBotToken';

export function registerVersionNeeds(
	method: string,
	template: string,
	{ since, bot, action, fields = [] }: Pick<Access, 'since' | 'bot'> & { action: string; fields?: FieldSince[] },
): void {
	const fieldNeeds: VersionNeed[] = fields.map((field) => ({
		since: field.since,
		what: `The field "${field.displayName}"`,
		applies: fieldIsSet(field),
		otherwise: 'remove the field from the node',
	}));
	const routeNeeds: VersionNeed[] = [];
	if (since) routeNeeds.push({ since, what: `"${action}"`, otherwise: 'use another operation' });
	// ChatWoot lets bots call some routes only from a later release (BOT_ACCESSIBLE_ENDPOINTS,
	// VERSIONS.md). Named by the request, not the operation: several operations share a route
	// (Set, Add and Remove Labels), and some read one before writing (Add Labels reads the labels).
	if (typeof bot === 'string') {
		routeNeeds.push({
			since: bot,
			what: `An agent bot token calling ${method.toUpperCase()} ${template.replace(ACCOUNT_PREFIX, '')}`,
			applies: usesBotToken,
			otherwise: "use a user's access token (Authentication: User Access Token)",
		});
	}
	const needs = [...fieldNeeds, ...routeNeeds];
	// A server that does not say its version counts as the newest known release, so none may need more.
	const unknownRelease = needs.find((need) => !isAtLeast(NEWEST_KNOWN_VERSION, need.since));
	if (unknownRelease) throw new Error(`${action}: ${unknownRelease.since} is newer than NEWEST_KNOWN_VERSION (${NEWEST_KNOWN_VERSION})`);
	// Operations sharing a route (e.g. the two custom-attribute updates) each add their own fields;
	// what the route itself needs is the same for all of them, kept once.
	const route = routeKey(method, template);
	const known = needsByRoute.get(route) ?? [];
	const added = [...fieldNeeds, ...routeNeeds.filter((need) => !known.some((other) => other.what === need.what))];
	if (added.length) needsByRoute.set(route, [...known, ...added]);
}

/**
 * Refuses, before anything is sent, a route or a set field that the credential's ChatWoot is too
 * old for, naming both versions. Asks the server only when there is something to check, and
 * returns what it said (undefined when it did not say, or nothing needed asking).
 */
export async function refuseOnOlderServer(
	context: IExecuteSingleFunctions,
	{ method, template, baseURL, credentialType }: { method: string; template: string; baseURL: string; credentialType: string },
): Promise<ChatWootVersion | undefined> {
	const needs = (needsByRoute.get(routeKey(method, template)) ?? []).filter((need) => !need.applies || need.applies(context));
	if (!needs.length) return undefined;
	const version = await serverVersion(context, baseURL, credentialType);
	const unmet = version && needs.find((need) => !isAtLeast(version, need.since));
	if (!unmet) return version;
	throw new NodeOperationError(context.getNode(), `${unmet.what} needs ChatWoot ${sinceLabel(unmet.since)}, but the server runs ChatWoot ${version}`, {
		itemIndex: context.getItemIndex(),
		description: `${withoutUserinfo(baseURL)}/api reports ChatWoot ${version}, which does not have it (it came with ${unmet.since}). Nothing was sent. Upgrade ChatWoot, or ${unmet.otherwise}.`,
	});
}
