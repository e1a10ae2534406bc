import { createHmac, randomBytes, randomUUID } from 'crypto';

import { RESOURCE_NOT_FOUND } from '../server';
import type { ChatWootMock, Reply, Route, RouteContext } from '../server';
import { adminOnly } from '../auth';
import type { Account } from '../auth';

/** An account webhook as `_webhook.json.jbuilder` renders it (API-NOTES §6). */
export interface Webhook {
	id: number;
	name: string | null;
	url: string;
	account_id: number;
	subscriptions: string[];
	secret: string;
}

/**
 * The first versions that sign deliveries and send `X-Chatwoot-Delivery` (lib/webhooks/trigger.rb,
 * app/listeners/webhook_listener.rb and agent_bot_listener.rb at v4.11.2 and v4.13.0): account
 * webhooks are signed and carry an id since 4.11.2 (webhooks got their `secret` then), API-inbox
 * deliveries carry an id since 4.11.2 and are signed since 4.13.0, agent-bot deliveries both since 4.13.0.
 */
export const WEBHOOK_SECRETS_SINCE = '4.11.2';
const SINCE: Record<WebhookKind, { deliveryId: string; signed: string }> = {
	account: { deliveryId: '4.11.2', signed: '4.11.2' },
	apiInbox: { deliveryId: '4.11.2', signed: '4.13.0' },
	agentBot: { deliveryId: '4.13.0', signed: '4.13.0' },
};
export type WebhookKind = 'account' | 'apiInbox' | 'agentBot';

/** Webhook::ALLOWED_WEBHOOK_EVENTS. */
export const ALLOWED_EVENTS = [
	'conversation_created',
	'conversation_status_changed',
	'conversation_updated',
	'contact_created',
	'contact_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
	'inbox_created',
	'inbox_updated',
	'conversation_typing_on',
	'conversation_typing_off',
];

interface WebhookStore {
	nextId: number;
	webhooks: Map<number, Webhook>;
}

// Accounts are shared with other resource modules; this module's state hangs off them.
const stores = new WeakMap<Account, WebhookStore>();

function storeOf(account: Account): WebhookStore {
	let store = stores.get(account);
	if (!store) stores.set(account, (store = { nextId: 1, webhooks: new Map() }));
	return store;
}

export function webhooksOf(account: Account): Webhook[] {
	return [...storeOf(account).webhooks.values()];
}

export function seedWebhook(account: Account, attributes: Pick<Webhook, 'url' | 'subscriptions'> & Partial<Webhook>): Webhook {
	const store = storeOf(account);
	const webhook: Webhook = { id: store.nextId++, name: null, account_id: account.id, secret: randomBytes(12).toString('hex'), ...attributes };
	store.webhooks.set(webhook.id, webhook);
	return webhook;
}

/** Before 4.11.2 webhooks have no `secret` column, so none is rendered. */
function render(server: ChatWootMock, webhook: Webhook) {
	const rendered = { id: webhook.id, name: webhook.name, url: webhook.url, account_id: webhook.account_id, subscriptions: webhook.subscriptions };
	return server.atLeast(WEBHOOK_SECRETS_SINCE) ? { ...rendered, secret: webhook.secret } : rendered;
}

/** `params.require(:webhook).permit(...)`, with ParamsWrapper's top-level JSON wrapped in `webhook`. */
function webhookParams(body: unknown): Partial<Webhook> {
	const params = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
	const wrapped = (params.webhook ?? params) as Record<string, unknown>;
	const permitted: Partial<Webhook> = {};
	if ('url' in wrapped) permitted.url = String(wrapped.url);
	if ('name' in wrapped) permitted.name = wrapped.name === null ? null : String(wrapped.name);
	if ('subscriptions' in wrapped) permitted.subscriptions = wrapped.subscriptions as string[];
	return permitted;
}

/** Webhook model validations (app/models/webhook.rb:28-42). */
function invalid(account: Account, webhook: Webhook): Reply | undefined {
	if (!/^https?:\/\//.test(webhook.url)) return { status: 422, body: { message: 'Url is invalid', attributes: ['url'] } };
	if (webhooksOf(account).some((other) => other.id !== webhook.id && other.url === webhook.url)) {
		return { status: 422, body: { message: 'Url has already been taken', attributes: ['url'] } };
	}
	const subscriptions = webhook.subscriptions;
	if (!Array.isArray(subscriptions) || !subscriptions.length || subscriptions.some((event) => !ALLOWED_EVENTS.includes(event))) {
		return { status: 422, body: { message: 'Subscriptions Invalid events', attributes: ['subscriptions'] } };
	}
	return undefined;
}

function save({ request, params, account, server }: RouteContext): Reply {
	const store = storeOf(account!);
	const existing = params.id ? store.webhooks.get(Number(params.id)) : undefined;
	if (params.id && !existing) return RESOURCE_NOT_FOUND;
	const next: Webhook = existing
		? { ...existing, ...webhookParams(request.body) }
		: { id: store.nextId, name: null, url: '', account_id: account!.id, subscriptions: [], secret: randomBytes(12).toString('hex'), ...webhookParams(request.body) };
	const refused = invalid(account!, next);
	if (refused) return refused;
	if (!existing) store.nextId++;
	store.webhooks.set(next.id, next);
	return { status: 200, body: { payload: { webhook: render(server, next) } } };
}

export const webhookRoutes = (): Route[] => [
	{
		methods: ['GET'],
		path: '/api/v1/accounts/:account_id/webhooks',
		scope: 'account',
		handle: adminOnly(({ account, server }) => ({ status: 200, body: { payload: { webhooks: webhooksOf(account!).map((webhook) => render(server, webhook)) } } })),
	},
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/webhooks', scope: 'account', handle: adminOnly(save) },
	{ methods: ['PATCH', 'PUT'], path: '/api/v1/accounts/:account_id/webhooks/:id', scope: 'account', handle: adminOnly(save) },
	{
		methods: ['DELETE'],
		path: '/api/v1/accounts/:account_id/webhooks/:id',
		scope: 'account',
		handle: adminOnly(({ params, account }) =>
			storeOf(account!).webhooks.delete(Number(params.id)) ? { status: 200, body: undefined } : RESOURCE_NOT_FOUND,
		),
	},
];

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The headers of a signed delivery (lib/webhooks/trigger.rb `request_headers`), computed ChatWoot's way. */
export function signedHeaders(secret: string, body: string, timestamp = nowSeconds(), deliveryId: string = randomUUID()): Record<string, string> {
	const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
	return {
		'Content-Type': 'application/json',
		'X-Chatwoot-Delivery': deliveryId,
		'X-Chatwoot-Timestamp': String(timestamp),
		'X-Chatwoot-Signature': `sha256=${signature}`,
	};
}

/** The headers the mock's ChatWoot version sends with a delivery of this kind: signed, with an id, or neither. */
export function deliveryHeaders(server: ChatWootMock, kind: WebhookKind, secret: string, body: string): Record<string, string> {
	if (server.atLeast(SINCE[kind].signed)) return signedHeaders(secret, body);
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if (server.atLeast(SINCE[kind].deliveryId)) headers['X-Chatwoot-Delivery'] = randomUUID();
	return headers;
}

export interface Delivery {
	url: string;
	status: number;
	body: string;
	milliseconds: number;
	/** The exact request sent, so a test can send it again (a replay). */
	headers: Record<string, string>;
	payload: string;
}

/** One POST the way ChatWoot sends it: JSON, a 5-second timeout, no retry. */
export async function deliver(url: string, payload: string, headers: Record<string, string>): Promise<Delivery> {
	const started = performance.now();
	const response = await fetch(url, { method: 'POST', headers, body: payload, signal: AbortSignal.timeout(5000) });
	const body = await response.text();
	return { url, status: response.status, body, milliseconds: performance.now() - started, headers, payload };
}

/**
 * ChatWoot's WebhookListener: the event goes to every account webhook subscribed to it, signed
 * with each webhook's secret if the mock's version signs account webhooks.
 */
export async function deliverEvent(server: ChatWootMock, accountId: number, payload: { event: string } & Record<string, unknown>): Promise<Delivery[]> {
	const account = server.accounts.get(accountId);
	if (!account) throw new Error(`No account ${accountId} in the mock`);
	const body = JSON.stringify(payload);
	const subscribed = webhooksOf(account).filter((webhook) => webhook.subscriptions.includes(payload.event));
	return await Promise.all(subscribed.map(async (webhook) => await deliver(webhook.url, body, deliveryHeaders(server, 'account', webhook.secret, body))));
}

/**
 * An agent bot's or API inbox's delivery (AgentBotListener, WebhookListener#deliver_api_inbox_webhooks)
 * to `url`, signed with `secret` if the mock's version signs that kind.
 */
export async function deliverToBotOrInbox(server: ChatWootMock, kind: Exclude<WebhookKind, 'account'>, url: string, secret: string, payload: object): Promise<Delivery> {
	const body = JSON.stringify(payload);
	return await deliver(url, body, deliveryHeaders(server, kind, secret, body));
}

/**
 * ChatWoot's retry of a failed delivery `afterSeconds` later (AgentBots::WebhookJob `retry_on`,
 * 3 s apart): the job runs again with its arguments, so the same X-Chatwoot-Delivery id, but the
 * trigger signs anew with the current time.
 */
export async function retryDelivery(delivery: Delivery, secret: string, afterSeconds = 3): Promise<Delivery> {
	const timestamp = Number(delivery.headers['X-Chatwoot-Timestamp']) + afterSeconds;
	return await deliver(delivery.url, delivery.payload, signedHeaders(secret, delivery.payload, timestamp, delivery.headers['X-Chatwoot-Delivery']));
}
