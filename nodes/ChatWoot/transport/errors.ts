import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';

import { accessHint, TOKEN_TYPES } from './access';
import type { Access, TokenType } from './access';
import { sinceLabel } from './version';
import type { ChatWootVersion } from './version';

interface FailedExchange {
	status?: number;
	body?: unknown;
	code?: string;
}

/**
 * Digs the HTTP status, body and socket error code out of what n8n's HTTP helper threw: a
 * NodeApiError around the HTTP client's error on n8n 2.x; on 1.x the cause is gone and a JSON
 * body survives only in `context.data`.
 */
function failedExchange(error: unknown): FailedExchange {
	const outer = error as { cause?: unknown; httpCode?: string | null; context?: { data?: unknown } };
	const inner = (outer?.cause ?? error) as {
		response?: { status?: number; data?: unknown };
		code?: string;
	};
	// Without a cause, n8n's httpCode holds the status, or the socket error code (ECONNRESET…).
	const httpCode = outer?.httpCode ?? undefined;
	const numeric = httpCode && /^\d+$/.test(httpCode) ? Number(httpCode) : undefined;
	return {
		status: inner?.response?.status ?? numeric,
		body: inner?.response?.data ?? outer?.context?.data,
		code: inner?.code ?? (numeric ? undefined : httpCode),
	};
}

/** ChatWoot's own words: `{message}`, `{error}`, `{errors: [...]}` or rack-attack's plain text. */
function chatWootMessage(body: unknown): string | undefined {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text === 'string') {
		const trimmed = text.trim();
		if (trimmed.startsWith('{')) {
			try {
				return chatWootMessage(JSON.parse(trimmed));
			} catch {
				return trimmed;
			}
		}
		return trimmed && !trimmed.startsWith('<') ? trimmed : undefined;
	}
	if (body && typeof body === 'object') {
		const { message, error, errors } = body as { message?: unknown; error?: unknown; errors?: unknown };
		if (typeof message === 'string') return message;
		if (typeof error === 'string') return error;
		if (Array.isArray(errors)) return errors.join(', ');
	}
	return undefined;
}

const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'no such host name exists',
	EAI_AGAIN: 'the host name could not be looked up',
	ETIMEDOUT: 'the connection timed out',
	ECONNRESET: 'the connection was closed unexpectedly',
	EHOSTUNREACH: 'the host is unreachable',
	CERT_HAS_EXPIRED: 'its TLS certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'it uses a self-signed TLS certificate',
};

/**
 * A route newer than the oldest supported ChatWoot is refused before sending on an older server;
 * when the server did not say its version, its 404 may be that, which the hint says.
 */
/**
 * When the server did not report its version, what a refusal may mean: a route that came later
 * answers 404 on older releases, and a route bots may call only from a later release answers a
 * bot token 401 there.
 */
function unknownVersionHint(status: number, access: Access, tokenType: TokenType, serverVersion: ChatWootVersion | undefined): string {
	if (serverVersion) return '';
	if (status === 404 && access.since) {
		return ` This operation needs ChatWoot ${sinceLabel(access.since)}; your server did not report its version, and older ones answer 404 here.`;
	}
	if (status === 401 && tokenType === 'agentBotToken' && typeof access.bot === 'string') {
		return ` Agent bot tokens may call this only since ChatWoot ${sinceLabel(access.bot)}; your server did not report its version, and older ones answer bots 401 here.`;
	}
	return '';
}

function hintFor(status: number, accountHint: string, access: Access, tokenType: TokenType): string {
	if (status === 401) {
		const needs = accessHint(access);
		return `${needs ? `${needs} ` : ''}${TOKEN_TYPES[tokenType].check(accountHint)}`;
	}
	if (status === 402) return 'Your ChatWoot plan does not include this feature.';
	if (status === 404) {
		const enterprise = access.enterprise ? ' This operation needs ChatWoot Enterprise; other editions answer 404.' : '';
		return `Nothing with that ID exists in ${accountHint}: check the IDs, and that the credential's Base URL points at your ChatWoot.${enterprise}`;
	}
	if (status === 422) return 'ChatWoot refused the values sent: correct the field it names and run again.';
	if (status === 429) {
		return "ChatWoot's rate limit was reached (by default 3000 requests per minute per IP). Wait for the next minute, or turn on Retry On Fail in the node's settings with a wait of 60 s.";
	}
	if (status >= 500) return 'ChatWoot failed while handling the request. Try again later; if it persists, check the ChatWoot server logs.';
	return 'ChatWoot did not accept the request.';
}

/**
 * The one place where failed ChatWoot requests become n8n errors. The error is built from
 * scratch, so neither the request headers (with the access token) nor the HTTP client's
 * internals are carried into the execution data or logs.
 */
export function chatWootApiError(
	node: INode,
	error: unknown,
	request: Partial<Pick<IHttpRequestOptions, 'method' | 'url' | 'baseURL'>>,
	itemIndex: number,
	{
		accountId,
		access = {},
		tokenType = 'userToken',
		serverVersion,
	}: { accountId?: unknown; access?: Access; tokenType?: TokenType; serverVersion?: ChatWootVersion } = {},
): NodeApiError {
	const { status, body, code } = failedExchange(error);
	const target = `${request.method ?? 'GET'} ${request.url}`;
	const accountHint = accountId ? `account ${accountId}` : 'this account';
	const via = `(sent with ${TOKEN_TYPES[tokenType].label})`;
	let message: string;
	let description: string;
	if (status) {
		const said = chatWootMessage(body);
		message = said
			? `ChatWoot answered ${status}: ${said}`
			: `ChatWoot answered ${status} without an explanation`;
		const versionHint = unknownVersionHint(status, access, tokenType, serverVersion);
		description = `${hintFor(status, accountHint, access, tokenType)}${versionHint} (Request: ${target} ${via})`;
		if (status === 404 && !said && !access.enterprise) {
			description = `The server at ${request.baseURL} has no ${request.url}: check that the credential's Base URL is your ChatWoot address (e.g. https://app.chatwoot.com).${versionHint}`;
		}
	} else {
		const reason = (code && NETWORK_FAILURES[code]) ?? (code ? `error ${code}` : 'the request failed');
		message = `Could not reach ChatWoot at ${request.baseURL}: ${reason}`;
		description = `Check the Base URL in the ChatWoot credential and that the server is reachable from n8n. (Request: ${target})`;
	}
	const httpCode = status ? String(status) : undefined;
	return new NodeApiError(node, { message, description, httpCode } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex,
	});
}

/**
 * What a catch block rethrows when it leaves a failure alone: the NodeApiError or
 * NodeOperationError it caught, unchanged (checkedRequest and triggerRequest throw only these),
 * and anything else as the node's NodeOperationError, so no raw error reaches n8n.
 */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(node, error as Error);
}
