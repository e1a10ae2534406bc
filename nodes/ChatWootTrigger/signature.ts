import { createHmac, timingSafeEqual } from 'crypto';

/** ChatWoot 4.12+ signs `<timestamp>.<raw body>` with the webhook's, bot's or channel's secret. */
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
	/** The secret ChatWoot signs with; undefined when it is not known (ChatWoot before 4.12). */
	secret: string | undefined;
	allowUnsigned: boolean;
	/** How far the signed timestamp may be from now, in seconds, either way. */
	toleranceSeconds: number;
	nowSeconds: number;
}

function header(headers: DeliveryCheck['headers'], name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
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
		return {
			accepted: false,
			reason: !check.secret
				? 'No signing secret is known for this webhook, so the event cannot be verified'
				: 'The event is not signed (no X-Chatwoot-Signature header)',
		};
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
 * Signatures already accepted, until their timestamp leaves the window: a captured delivery
 * sent again inside the window is refused as a replay. Kept per n8n process (webhook
 * requests get a fresh workflow object each, so static data cannot hold it), bounded in size.
 */
const seenSignatures = new Map<string, number>();
const MAX_REMEMBERED = 50_000;

export function isReplay(signature: string, expiresAtSeconds: number, nowSeconds: number): boolean {
	for (const [key, expiry] of seenSignatures) {
		// Insertion order is roughly expiry order, so stop at the first live entry.
		if (expiry >= nowSeconds && seenSignatures.size < MAX_REMEMBERED) break;
		seenSignatures.delete(key);
	}
	if (seenSignatures.has(signature)) return true;
	seenSignatures.set(signature, expiresAtSeconds);
	return false;
}
