import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';

import { accessHint, TOKEN_TYPES } from './access';
import type { Access, TokenType } from './access';
import { sinceLabel } from './version';
import type { ChatWootVersion } from './version';

interface FailedExchange {
	status?: number;
	body?: unknown;
	code?: string;
	/** The Retry-After header, when the answer had one (a 429 or 503 behind a configured rate limiter). */
	retryAfter?: string;
}

/**
 * Digs the HTTP status, body and socket error code out of what n8n's HTTP helper threw: a
 * NodeApiError around the HTTP client's error on n8n 2.x; on 1.x the cause is gone and a JSON
 * body survives only in `context.data`.
 */
function failedExchange(error: unknown): FailedExchange {
	const outer = error as { cause?: unknown; httpCode?: string | null; context?: { data?: unknown } };
	const inner = (outer?.cause ?? error) as {
		response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
		code?: string;
	};
	// Without a cause, n8n's httpCode holds the status, or the socket error code (ECONNRESET…).
	const httpCode = outer?.httpCode ?? undefined;
	const numeric = httpCode && /^\d+$/.test(httpCode) ? Number(httpCode) : undefined;
	return {
		status: inner?.response?.status ?? numeric,
		body: inner?.response?.data ?? outer?.context?.data,
		code: inner?.code ?? (numeric ? undefined : httpCode),
		retryAfter: headerValue(inner?.response?.headers, 'retry-after'),
	};
}

/** A response header as one string, whatever case the HTTP client gave its name. */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	const key = Object.keys(headers ?? {}).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : [headers![key]].flat()[0];
	return value === undefined || value === null ? undefined : String(value);
}

/** The `<title>` of an HTML page, which is all a proxy's error page says. */
function pageTitle(body: unknown): string | undefined {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string' || !text.trimStart().startsWith('<')) return undefined;
	return /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1].replace(/\s+/g, ' ').trim() ?? '';
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
	// n8n cancels a request in flight when the workflow's Timeout is reached or the execution is stopped.
	ERR_CANCELED: 'the request was cancelled before ChatWoot answered (the workflow timed out or was stopped)',
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
	const { status, body, code, retryAfter } = failedExchange(error);
	const target = `${request.method ?? 'GET'} ${request.url}`;
	const accountHint = accountId ? `account ${accountId}` : 'this account';
	const via = `(sent with ${TOKEN_TYPES[tokenType].label})`;
	let message: string;
	let description: string;
	if (status) {
		const said = chatWootMessage(body);
		// Rails' own 404 page is HTML too; that one is handled below as a wrong Base URL.
		const page = status === 404 ? undefined : pageTitle(body);
		message = said
			? `ChatWoot answered ${status}: ${said}`
			: page !== undefined
				? `ChatWoot answered ${status} with an HTML page${page ? ` ("${page}")` : ''}`
				: `ChatWoot answered ${status} without an explanation`;
		const versionHint = unknownVersionHint(status, access, tokenType, serverVersion);
		const proxyHint = page !== undefined ? 'ChatWoot answers its API in JSON: a proxy, load balancer or sign-in page in front of it sent this page. ' : '';
		description = `${proxyHint}${hintFor(status, accountHint, access, tokenType)}${versionHint} (Request: ${target} ${via})`;
		if (status === 404 && !said && !access.enterprise) {
			description = `The server at ${request.baseURL} has no ${request.url}: check that the credential's Base URL is your ChatWoot address (e.g. https://app.chatwoot.com).${versionHint}`;
		}
	} else {
		const reason = (code && NETWORK_FAILURES[code]) ?? (code ? `error ${code}` : 'the request failed');
		message = `Could not reach ChatWoot at ${request.baseURL}: ${reason}`;
		description = `Check the Base URL in the ChatWoot credential and that the server is reachable from n8n. (Request: ${target})`;
	}
	const httpCode = status ? String(status) : undefined;
	const apiError = new NodeApiError(node, { message, description, httpCode } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex,
	});
	if (retryAfter !== undefined) retryAfters.set(apiError, retryAfter);
	return apiError;
}

/** The Retry-After header of the answers errors were built from, kept out of the error itself (and so of the execution data). */
const retryAfters = new WeakMap<object, string>();

/**
 * How long the server asked to wait before the next try, in milliseconds: its Retry-After,
 * in seconds or as a date; undefined when it did not say (ChatWoot's rate limiter by default).
 */
export function retryAfterMs(error: unknown): number | undefined {
	const header = typeof error === 'object' && error !== null ? retryAfters.get(error) : undefined;
	if (header === undefined) return undefined;
	const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
	return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** What came back instead of ChatWoot's JSON: its status, Content-Type and text, and what that text is in a few words. */
export interface UnreadableAnswer {
	status: number;
	contentType: string;
	text: string;
	/** `an HTML page`, `JSON that is cut off or malformed`, `an empty body`. */
	kind: string;
}

/** How much of an unreadable answer the error quotes. */
const ANSWER_EXCERPT = 200;

/**
 * The error for a success answer that is not ChatWoot's JSON: a proxy's page, a body cut off
 * mid-way, nothing where records were expected. Output as records (or as nothing) it would pass
 * for a result, so the item fails naming what came back, its first characters with the
 * credential's secrets blanked (a page may echo the request).
 */
export function unreadableAnswerError(
	node: INode,
	answer: UnreadableAnswer,
	request: Partial<Pick<IHttpRequestOptions, 'method' | 'url'>>,
	itemIndex: number,
	secrets: string[],
): NodeOperationError {
	const blanked = secrets.filter(Boolean).reduce((text, secret) => text.split(secret).join('[redacted]'), answer.text);
	const excerpt = blanked.replace(/\s+/g, ' ').trim();
	const begins = excerpt ? `It begins "${excerpt.slice(0, ANSWER_EXCERPT)}${excerpt.length > ANSWER_EXCERPT ? '…' : ''}".` : 'It was empty.';
	return new NodeOperationError(node, `ChatWoot's answer is not JSON: ${answer.kind} (HTTP ${answer.status}, ${answer.contentType || 'no Content-Type'})`, {
		itemIndex,
		description: `${begins} A proxy, firewall or sign-in page in front of ChatWoot may have answered instead of it, or the connection broke off mid-answer: check that the credential's Base URL reaches ChatWoot's API directly. (Request: ${request.method ?? 'GET'} ${request.url})`,
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

/**
 * n8n's declarative engine (RoutingNode.runNode, n8n-core 1.x and 2.x) turns whatever a preSend
 * or paging step throws, unless it is a NodeApiError, into a NodeApiError with httpCode "none",
 * which the editor shows as "From ChatWoot → Error code: none", as if ChatWoot had answered. Only
 * a NodeApiError passes through unchanged, so a check of ours that stops the node is handed over
 * as one with no HTTP code and no raw messages: the editor then shows its message and description
 * alone. With Continue On Fail n8n keeps the error as it is, so it stays a NodeOperationError.
 */
function stoppingRefusal(context: IExecuteSingleFunctions, error: unknown): unknown {
	if (!(error instanceof NodeOperationError) || context.continueOnFail()) return error;
	const refusal = new NodeApiError(context.getNode(), {} as JsonObject, {
		message: error.message,
		description: error.description ?? undefined,
		itemIndex: error.context.itemIndex as number | undefined,
	});
	refusal.messages = [];
	refusal.stack = error.stack;
	return refusal;
}

/**
 * A preSend or paging step as n8n's declarative engine gets it: refusals keep their own words (see
 * stoppingRefusal). What the step carries (its name, the records it reads, its Simplify shaping)
 * stays readable on the wrapper.
 */
export function routingStep<Step extends (this: never, ...args: never[]) => Promise<unknown>>(step: Step): Step {
	const run = step as unknown as (this: IExecuteSingleFunctions, ...args: unknown[]) => Promise<unknown>;
	async function refusingInOwnWords(this: IExecuteSingleFunctions, ...args: unknown[]): Promise<unknown> {
		try {
			return await run.apply(this, args);
		} catch (error) {
			throw stoppingRefusal(this, error);
		}
	}
	Object.defineProperty(refusingInOwnWords, 'name', { value: step.name });
	return Object.assign(refusingInOwnWords, step) as unknown as Step;
}
