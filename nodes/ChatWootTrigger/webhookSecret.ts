import type { IWebhookFunctions } from 'n8n-workflow';

import { instanceUrl, triggerRequest } from './transport';

/**
 * The secret ChatWoot signs an account webhook's deliveries with is kept in this process's
 * memory only, never in the workflow's static data: n8n 1.x copies static data into the
 * workflow snapshot of every execution it saves. A process that did not activate the workflow
 * (a webhook process in queue mode, or after a restart) reads it once from ChatWoot's webhook
 * list, which shows administrators each webhook's `secret` (views/api/v1/accounts/webhooks/
 * _webhook.json.jbuilder, 4.11.2+). ChatWoot offers no way to change an account webhook's
 * secret, so a secret read once stays right for that webhook id.
 */
export interface WebhookAddress {
	accountId: number;
	webhookId: number;
}

/** What ChatWoot's list said about the webhook: its secret, that it is gone, or nothing (the request failed). */
type Lookup = { state: 'listed'; secret?: string } | { state: 'missing' } | { state: 'failed' };

interface Remembered {
	lookup: Promise<Lookup>;
	/** When a webhook that was not listed, or a list that failed, is asked for again; never for a secret. */
	askAgainAt?: number;
}

/** Webhooks remembered per process: one per active ChatWoot Trigger it serves. */
const REMEMBERED_WEBHOOKS = 256;
/** Forged deliveries to a deleted webhook's URL, or while ChatWoot is down, must not turn into one request to ChatWoot each. */
const ASK_AGAIN_AFTER_MS = { missing: 60_000, failed: 10_000 };

const remembered = new Map<string, Remembered>();

function keyOf(instance: string, { accountId, webhookId }: WebhookAddress): string {
	return JSON.stringify([instance, accountId, webhookId]);
}

function remember(key: string, entry: Remembered): void {
	remembered.delete(key);
	remembered.set(key, entry);
	if (remembered.size > REMEMBERED_WEBHOOKS) remembered.delete(remembered.keys().next().value as string);
}

/** On activation the secret comes with the webhook ChatWoot answered with: no need to ask again in this process. */
export function rememberWebhookSecret(instance: string, address: WebhookAddress, secret: string | undefined): void {
	remember(keyOf(instance, address), { lookup: Promise.resolve({ state: 'listed', secret: secret || undefined }) });
}

/** Reads the webhook from ChatWoot's list; a failure is logged in n8n's log (ChatWoot's errors carry no token). */
async function listedSecret(context: IWebhookFunctions, { accountId, webhookId }: WebhookAddress): Promise<Lookup> {
	try {
		const listed = await triggerRequest.call(context, { method: 'GET', path: `/api/v1/accounts/${accountId}/webhooks` });
		const webhooks = (listed as { payload?: { webhooks?: Array<{ id?: number; secret?: string }> } }).payload?.webhooks ?? [];
		const webhook = webhooks.find((candidate) => candidate.id === webhookId);
		return webhook ? { state: 'listed', secret: webhook.secret || undefined } : { state: 'missing' };
	} catch (error) {
		context.logger.warn(`ChatWoot Trigger "${context.getNode().name}": reading the webhook's signing secret from ChatWoot failed: ${(error as Error).message}`);
		return { state: 'failed' };
	}
}

/**
 * The webhook's secret: remembered, or read from ChatWoot once (concurrent deliveries share the
 * request). A webhook ChatWoot no longer lists, or a failed request, is asked again only after a while.
 */
async function webhookSecret(context: IWebhookFunctions, address: WebhookAddress): Promise<Lookup> {
	const key = keyOf(await instanceUrl(context), address);
	const known = remembered.get(key);
	if (known && (known.askAgainAt === undefined || Date.now() < known.askAgainAt)) return await known.lookup;
	const entry: Remembered = { lookup: listedSecret(context, address) };
	remember(key, entry);
	const lookup = await entry.lookup;
	if (lookup.state !== 'listed') entry.askAgainAt = Date.now() + ASK_AGAIN_AFTER_MS[lookup.state];
	return lookup;
}

/** What the trigger keeps in static data to find its webhook's secret. */
export interface SignedWebhookData {
	webhookId?: number;
	accountId?: number;
	webhookSigned?: boolean;
}

/** A delivery that cannot be checked now: the status and message its sender gets. */
export interface Unverifiable {
	status: number;
	message: string;
}

/**
 * The secret an account webhook's delivery must be signed with (undefined for a webhook ChatWoot
 * gave none, before 4.11.2), or why it cannot be checked. The answer goes to whoever sent the
 * request, so it says no more than that; n8n's log gets ChatWoot's error.
 */
export async function deliverySecret(context: IWebhookFunctions, data: SignedWebhookData): Promise<{ secret?: string } | Unverifiable> {
	// Activation stores the account and webhook with webhookSigned (lifecycle.ts).
	if (!data.webhookSigned || data.webhookId === undefined || data.accountId === undefined) return {};
	const lookup = await webhookSecret(context, { accountId: data.accountId, webhookId: data.webhookId });
	switch (lookup.state) {
		case 'listed':
			return { secret: lookup.secret };
		case 'missing':
			return { status: 401, message: 'This webhook is no longer registered in ChatWoot: deactivate and activate the workflow to register it again' };
		case 'failed':
			return { status: 503, message: "The event cannot be verified now: ChatWoot did not answer with this webhook's signing secret" };
	}
}
