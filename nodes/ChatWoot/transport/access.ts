import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { ChatWootVersion } from './version';

/**
 * Who may call a route, as routes.tsv's token and enterprise columns say: shown in the
 * operation's description, checked before sending (token type) and used to explain a 401.
 */
export interface Access {
	/** ChatWoot answers 401 unless the user is an administrator of the account. */
	admin?: boolean;
	/**
	 * An agent bot's token may call it (ChatWoot's BOT_ACCESSIBLE_ENDPOINTS): `true` in every
	 * supported release, or the first release that lets bots call it, e.g. `4.14.2`, before which
	 * a bot token is refused before sending on a server that reports an older version (version.ts).
	 */
	bot?: true | ChatWootVersion;
	/** Served only by ChatWoot Enterprise (self-hosted enterprise edition or ChatWoot Cloud). */
	enterprise?: boolean;
	/**
	 * The first ChatWoot release with the route (routes.tsv `since`), e.g. `4.17.0`: older servers
	 * are refused before sending (version.ts), and without a version a 404 says why it may be.
	 */
	since?: ChatWootVersion;
}

/**
 * ChatWoot's four ways in (API-NOTES §3), as the nodes' `authentication` values: each names
 * its credential type, and what errors say about it.
 */
export const TOKEN_TYPES = {
	userToken: {
		credential: 'chatWootTokenApi',
		label: "a user's access token",
		check: (account: string) =>
			`Check the Access Token in the ChatWoot credential (Profile Settings → Access Token) and that its user belongs to ${account}.`,
	},
	agentBotToken: {
		credential: 'chatWootAgentBotApi',
		label: "an agent bot's access token",
		check: (account: string) =>
			`Check the bot's access token in the ChatWoot Agent Bot credential (Settings → Bots) and that the bot is connected to an inbox of ${account}.`,
	},
	platformToken: {
		credential: 'chatWootPlatformApi',
		label: "a platform app's access token",
		check: () =>
			'Check the platform app token in the ChatWoot Platform credential (Super Admin console → Platform Apps). A platform app reaches only the accounts, users and agent bots it created or was granted.',
	},
	clientApi: {
		credential: 'chatWootClientApi',
		label: "an API inbox's identifier (no token)",
		check: () =>
			"Check the Inbox Identifier in the ChatWoot Client credential (Settings → Inboxes → your API inbox → Configuration) and, when the inbox enforces identity validation, its HMAC token.",
	},
} as const;

export type TokenType = keyof typeof TOKEN_TYPES;

/** Route access by `METHOD path-template`, filled as operation modules are defined. */
const accessByRoute = new Map<string, Access>();

/** How routes are registered and looked up: `METHOD path-template`. */
export const routeKey = (method: string, template: string) => `${method.toUpperCase()} ${template}`;

export function registerAccess(method: string, template: string, access: Access): void {
	accessByRoute.set(routeKey(method, template), access);
}

export function accessOf(method: string | undefined, template: string | undefined): Access {
	return accessByRoute.get(routeKey(method ?? 'GET', template ?? '')) ?? {};
}

/** Each node has an `authentication` parameter (hidden where a node has one way in). */
export function tokenTypeOf(context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>): TokenType {
	return context.getNodeParameter('authentication', 'userToken') as TokenType;
}

/** The credential type this item's requests authenticate with. */
export function credentialTypeOf(context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>): string {
	return TOKEN_TYPES[tokenTypeOf(context)].credential;
}

/**
 * ChatWoot answers a bot token on any other route with a bare 401: say why before sending. (A
 * route bots may call from a later release is checked against the server's version: version.ts.)
 */
export function refuseUnsupportedToken(context: IExecuteSingleFunctions, access: Access): void {
	if (access.bot || tokenTypeOf(context) !== 'agentBotToken') return;
	throw new NodeOperationError(context.getNode(), 'This operation cannot be called with an agent bot token', {
		itemIndex: context.getItemIndex(),
		description:
			"ChatWoot lets agent bot tokens show, create, update and toggle conversations, send messages, assign and label conversations, and nothing else. Use a ChatWoot user's access token (Authentication: User Access Token) for this operation.",
	});
}

/** What a 401 means for this route, beyond the token being wrong. */
export function accessHint(access: Access): string | undefined {
	const hints: string[] = [];
	if (access.admin) hints.push('This operation needs a token of an administrator of the account.');
	if (access.enterprise) hints.push('It is only available on ChatWoot Enterprise.');
	return hints.length ? hints.join(' ') : undefined;
}
