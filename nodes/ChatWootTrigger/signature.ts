import { createHmac, timingSafeEqual } from 'crypto';

import { isAtLeast } from '../ChatWoot/transport/version';

/**
 * The first ChatWoot release that signs each kind of delivery: account webhooks since 4.11.2
 * (`feat: add per-webhook secret`, #13573), agent-bot and API-inbox webhooks since 4.13.0
 * (`feat: sign webhooks for API channel and agentbots`, #13892); lib/webhooks/trigger.rb and
 * app/listeners/{webhook,agent_bot}_listener.rb at those tags.
 */
export const SIGNED_SINCE = { accountWebhook: '4.11.2', botOrInbox: '4.13.0' } as const;

export type DeliverySource = keyof typeof SIGNED_SINCE;

/** ChatWoot signs `<timestamp>.<raw body>` with the webhook's, bot's or channel's secret. */
export function chatWootSignature(secret: string, timestamp: string, rawBody: Buffer | string): string {
	const hmac = createHmac('sha256', secret);
	hmac.update(`${timestamp}.`);
	hmac.update(rawBody);
	return `sha256=${hmac.digest('hex')}`;
}

export type Verdict =
	| { accepted: true; signed: boolean }
	| { accepted: false; reason: string };

export interface DeliveryCheck {
	/** Request headers as Node gives them (names lower-cased). */
	headers: Record<string, string | string[] | undefined>;
	rawBody: Buffer;
	source: DeliverySource;
	/** The secret ChatWoot signs with; undefined when it is not known (older ChatWoot, or none entered). */
	secret: string | undefined;
	/** The ChatWoot version read at activation (account webhooks), when known. */
	serverVersion?: string;
	allowUnsigned: boolean;
	/** How far the signed timestamp may be from now, in seconds, either way. */
	toleranceSeconds: number;
	nowSeconds: number;
}

export function header(headers: DeliveryCheck['headers'], name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

const ALLOW_UNSIGNED = 'turn on Allow Unsigned Events in Options (anyone who knows this URL can then start the workflow)';

/**
 * Why an unsigned delivery cannot be verified, and what to do, by what the ChatWoot version
 * signs. The answer goes to whoever sent the request, so it names no secret and not the
 * server's exact version.
 */
function unsignedReason({ source, secret, serverVersion }: DeliveryCheck): string {
	const since = SIGNED_SINCE[source];
	if (source === 'accountWebhook') {
		if (serverVersion && !isAtLeast(serverVersion, since)) {
			return `The event is not signed: this ChatWoot is older than ${since}, the first version that signs account webhooks. Update ChatWoot, or ${ALLOW_UNSIGNED}.`;
		}
		if (!secret) {
			return `No signing secret is known for this webhook, so the event cannot be verified. ChatWoot ${since}+ gives each webhook a secret, which this trigger reads on activation: if ChatWoot was updated since, deactivate and activate the workflow; for older ChatWoot, ${ALLOW_UNSIGNED}.`;
		}
		return `The event is not signed (no X-Chatwoot-Signature header). ChatWoot ${since}+ signs every account webhook delivery, so this one did not come from the ChatWoot this webhook is registered in.`;
	}
	if (!secret) {
		return `No secret is set in the node, so the event cannot be verified. ChatWoot ${since}+ signs agent-bot and API-inbox deliveries: enter the bot's or inbox's secret in Secret. Older ChatWoot signs none of them: ${ALLOW_UNSIGNED}.`;
	}
	return `The event is not signed (no X-Chatwoot-Signature header). ChatWoot signs agent-bot and API-inbox deliveries since ${since}; if yours is older, ${ALLOW_UNSIGNED}.`;
}

/**
 * Decides whether a delivery really comes from ChatWoot. Reasons are for the 401 answer and
 * never include the secret or the expected signature.
 */
export function verifyDelivery(check: DeliveryCheck): Verdict {
	const signature = header(check.headers, 'x-chatwoot-signature');
	const timestamp = header(check.headers, 'x-chatwoot-timestamp');
	if (!signature || !check.secret) {
		if (check.allowUnsigned) return { accepted: true, signed: false };
		return { accepted: false, reason: unsignedReason(check) };
	}
	if (!timestamp || !/^\d+$/.test(timestamp)) return { accepted: false, reason: 'The event has no valid X-Chatwoot-Timestamp header' };
	if (Math.abs(check.nowSeconds - Number(timestamp)) > check.toleranceSeconds) {
		return { accepted: false, reason: 'The event timestamp is outside the accepted window' };
	}
	const expected = Buffer.from(chatWootSignature(check.secret, timestamp, check.rawBody));
	const received = Buffer.from(signature.trim().toLowerCase());
	// timingSafeEqual needs equal lengths; a length mismatch reveals nothing about the secret.
	if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
		return { accepted: false, reason: 'The event signature does not match' };
	}
	return { accepted: true, signed: true };
}

/**
 * Keys seen recently, each until it expires, in a bounded memory. Kept per n8n process:
 * webhook requests get a fresh workflow object each, so static data cannot hold them.
 */
class RecentlySeen {
	private readonly expiries = new Map<string, number>();

	constructor(private readonly maxEntries: number) {}

	/** Whether `key` was seen and has not expired; if not, it is remembered until `expiresAtSeconds`. */
	seenBefore(key: string, expiresAtSeconds: number, nowSeconds: number): boolean {
		for (const [oldKey, expiry] of this.expiries) {
			// Insertion order is roughly expiry order, so stop at the first live entry.
			if (expiry >= nowSeconds && this.expiries.size < this.maxEntries) break;
			this.expiries.delete(oldKey);
		}
		if (this.expiries.has(key)) return true;
		this.expiries.set(key, expiresAtSeconds);
		return false;
	}
}

/** Signatures already accepted, until their timestamp leaves the window: a captured delivery sent again is a replay. */
const acceptedSignatures = new RecentlySeen(50_000);

export function isReplay(signature: string, expiresAtSeconds: number, nowSeconds: number): boolean {
	return acceptedSignatures.seenBefore(signature, expiresAtSeconds, nowSeconds);
}

/**
 * How long a delivery id is remembered. ChatWoot retries a failed agent-bot (and, in later
 * versions, API-inbox) delivery a few seconds later with the same id but a new timestamp and
 * signature (ActiveJob `retry_on` re-runs the job with its arguments, the id among them);
 * queue delays can stretch that to minutes.
 */
const DELIVERY_ID_MEMORY_SECONDS = 3600;
const acceptedDeliveries = new RecentlySeen(50_000);

/** Whether this trigger (`scope`) already took the delivery with this `X-Chatwoot-Delivery` id. */
export function isDuplicateDelivery(scope: string, deliveryId: string, nowSeconds: number): boolean {
	return acceptedDeliveries.seenBefore(`${scope}\n${deliveryId}`, nowSeconds + DELIVERY_ID_MEMORY_SECONDS, nowSeconds);
}
