import { isAtLeast } from '../ChatWoot/transport/version';

/**
 * Since 4.14.0 ChatWoot sends webhooks through SafeFetch, whose ssrf_filter refuses private
 * addresses (c8e551820, #14155); 4.14.1 added `SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true` to allow
 * them again (7c16071fc, #14548; lib/safe_fetch.rb, lib/safe_fetch/fetcher.rb). The refusal is
 * only logged in ChatWoot.
 */
export const PRIVATE_NETWORK_REFUSED_SINCE = '4.14.0';
const PRIVATE_NETWORK_SETTING_SINCE = '4.14.1';

function ipv4Private(host: string): boolean {
	const parts = host.split('.').map(Number);
	if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
	const [a, b] = parts;
	return (
		a === 0 ||
		a === 10 ||
		a === 127 ||
		(a === 100 && b >= 64 && b <= 127) ||
		(a === 169 && b === 254) ||
		(a === 172 && b >= 16 && b <= 31) ||
		(a === 192 && b === 168)
	);
}

function ipv6Private(host: string): boolean {
	const address = host.toLowerCase();
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
	if (mapped) return ipv4Private(mapped[1]);
	return address === '::1' || address === '::' || /^f[cd][0-9a-f]{0,2}:/.test(address) || /^fe[89ab][0-9a-f]?:/.test(address);
}

/**
 * Whether a URL's host is, or by its name most likely resolves to, a private-network address:
 * loopback, RFC 1918, link-local, carrier-grade NAT, IPv6 local, `localhost`, names for local
 * networks, and single-label names such as Docker service names (`http://n8n:5678`). Names are
 * not resolved: nodes may not use DNS, so a public-looking name is taken as public.
 */
export function looksPrivate(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
	} catch {
		return false;
	}
	if (host.includes(':')) return ipv6Private(host);
	if (/^[\d.]+$/.test(host)) return ipv4Private(host);
	return (
		!host.includes('.') ||
		host === 'localhost' ||
		/\.(localhost|local|internal|lan|home\.arpa)$/.test(host)
	);
}

/**
 * A warning when this ChatWoot will not deliver to the webhook URL, or undefined. It is only a
 * warning: since 4.14.1 the instance may allow private addresses, which the node cannot see.
 */
export function privateNetworkWarning(webhookUrl: string, serverVersion: string | undefined): string | undefined {
	if (!serverVersion || !isAtLeast(serverVersion, PRIVATE_NETWORK_REFUSED_SINCE) || !looksPrivate(webhookUrl)) return undefined;
	const refusal = isAtLeast(serverVersion, PRIVATE_NETWORK_SETTING_SINCE)
		? `ChatWoot ${serverVersion} refuses to deliver webhooks to private-network addresses unless it runs with SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true`
		: `ChatWoot ${serverVersion} refuses to deliver webhooks to private-network addresses (4.14.1+ can allow them with SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true)`;
	return `${refusal}, and this trigger's URL ${webhookUrl} looks private, so events may never arrive (ChatWoot only logs the refusal). Give n8n an address ChatWoot may call (n8n's WEBHOOK_URL), allow private addresses in ChatWoot, or use the ChatWoot Polling Trigger.`;
}
