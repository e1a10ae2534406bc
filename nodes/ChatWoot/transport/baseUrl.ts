/**
 * Turns what users paste into the credential's Base URL into the instance root that
 * ChatWoot's API paths hang off: a trailing slash, a query string or a dashboard address
 * such as `https://chat.example.com/app/accounts/1/dashboard` are all accepted.
 * A sub-path install (`https://example.com/support/app/…`) keeps its `/support` prefix.
 */
export function normalizeBaseUrl(pasted: string): string {
	const trimmed = pasted.trim();
	const match = /^(https?:\/\/[^/?#\s]+)([^?#]*)/i.exec(trimmed);
	if (!match) {
		throw new Error(
			`The Base URL "${trimmed}" in the ChatWoot credential is not a web address. Enter the address you open ChatWoot at, starting with https:// (e.g. https://app.chatwoot.com).`,
		);
	}
	const [, origin, path] = match;
	const prefix = path.replace(/\/(?:app|api|public|platform)(?:\/.*)?$/i, '').replace(/\/+$/, '');
	return origin + prefix;
}
