/**
 * Lists typed in one text field: IDs, names or addresses separated by commas or new lines, or
 * an array when an expression gives one (or a multi-select's values).
 */

/** The entries of such a list, trimmed, empty ones dropped. */
export function listEntries(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/);
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/** The entries without repeats, e.g. label titles or attribute keys. */
export function uniqueEntries(value: unknown): string[] {
	return [...new Set(listEntries(value))];
}

/** The first entry that is not a ChatWoot ID (a positive whole number), for the refusal that names it. */
export function firstNonId(entries: string[]): string | undefined {
	return entries.find((entry) => !/^\d+$/.test(entry) || Number(entry) === 0);
}
