/**
 * The order n8n's lint wants option lists in (alphabetical), without `String#localeCompare`: its
 * first call builds ICU's collator, which cost every n8n process ≈8 ms of its first use of the
 * ChatWoot node (bench/README.md, "First use"). Case-insensitive by UTF-16 code unit, which puts
 * the nodes' English names in the same order as localeCompare did (checked when it replaced it:
 * the five nodes' descriptions came out identical).
 */
export function alphabetical(a: string, b: string): number {
	const left = a.toLowerCase();
	const right = b.toLowerCase();
	return left < right ? -1 : left > right ? 1 : 0;
}

export const byName = (a: { name: string }, b: { name: string }): number => alphabetical(a.name, b.name);

export const byDisplayName = (a: { displayName: string }, b: { displayName: string }): number => alphabetical(a.displayName, b.displayName);
