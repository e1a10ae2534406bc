import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * n8n's declarative engine reads and resolves, for every item, the value of each top-level
 * property's name, once per property (twice in n8n 2.x): a name that forty operations define
 * forty times has its expressions evaluated eighty times per item, though one copy is shown.
 * This merges copies that differ only in the resource/operation they are shown for into one
 * property, where the merged condition shows it for exactly the same operations: the node
 * looks and behaves the same, and each value is resolved once.
 */

const identity = new WeakMap<object, number>();
let identities = 0;

/**
 * A property without its resource/operation condition; functions (preSends) by identity. The
 * description of a record's ID or locator ("The contact to delete") is left out too: the record
 * picked is the same whatever the operation, and IDs are what expressions fill most.
 */
function shapeKey(property: INodeProperties): string {
	const otherShow = Object.fromEntries(
		Object.entries(property.displayOptions?.show ?? {}).filter(([key]) => key !== 'resource' && key !== 'operation'),
	);
	const isRecordKey = property.type === 'resourceLocator' || /(?:Id|Slug)$/.test(property.name);
	const description = isRecordKey ? undefined : property.description;
	const shape = { ...property, description, displayOptions: { ...property.displayOptions, show: otherShow } };
	return JSON.stringify(shape, (_key, value: unknown) => {
		if (typeof value !== 'function') return value;
		if (!identity.has(value)) identity.set(value, ++identities);
		return `function#${identity.get(value)}`;
	});
}

interface Copy {
	index: number;
	property: INodeProperties;
	resource: string;
	operations: string[];
}

/** The operations each resource has, from the Operation selectors. */
function operationsByResource(properties: INodeProperties[]): Map<string, Set<string>> {
	const byResource = new Map<string, Set<string>>();
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			byResource.set(resource, new Set((property.options as INodePropertyOptions[]).map((option) => String(option.value))));
		}
	}
	return byResource;
}

/**
 * Whether showing for every listed resource × operation shows exactly the copies' operations:
 * each pair that exists in the node must be one of theirs.
 */
function exact(copies: Copy[], operationsOf: Map<string, Set<string>>): boolean {
	const wanted = new Set(copies.flatMap((copy) => copy.operations.map((operation) => `${copy.resource}/${operation}`)));
	const operations = new Set(copies.flatMap((copy) => copy.operations));
	return [...new Set(copies.map((copy) => copy.resource))].every((resource) =>
		[...operations].every((operation) => !operationsOf.get(resource)?.has(operation) || wanted.has(`${resource}/${operation}`)),
	);
}

/** The sentences every copy's description has ("Its number is the one in the dashboard address…"). */
function commonDescription(copies: Copy[]): string | undefined {
	const descriptions = [...new Set(copies.map((copy) => copy.property.description ?? ''))];
	if (descriptions.length === 1) return descriptions[0] || undefined;
	const sentences = (text: string) => text.split(/(?<=\.)\s+/).filter(Boolean);
	const shared = sentences(descriptions[0]).filter((sentence) => descriptions.every((text) => sentences(text).includes(sentence)));
	return [`The ${copies[0].property.displayName.toLowerCase()}.`, ...shared].join(' ');
}

function merged(copies: Copy[]): INodeProperties {
	const [first] = copies;
	const show = first.property.displayOptions?.show ?? {};
	return {
		...first.property,
		description: commonDescription(copies),
		displayOptions: {
			...first.property.displayOptions,
			show: {
				...show,
				resource: [...new Set(copies.map((copy) => copy.resource))],
				operation: [...new Set(copies.flatMap((copy) => copy.operations))],
			},
		},
	};
}

/** A place in the output: a property kept as it is, or a cluster of copies merged into one. */
interface Entry {
	index: number;
	property: INodeProperties;
	copies?: Copy[];
}

/** The (resource/operation → original position) pairs an entry shows its property for. */
function shownAt(entry: Entry): Array<[string, number]> {
	if (entry.copies) {
		return entry.copies.flatMap((copy) => copy.operations.map((operation): [string, number] => [`${copy.resource}/${operation}`, copy.index]));
	}
	if (entry.property.name === 'operation') return [];
	const show = entry.property.displayOptions?.show ?? {};
	return ((show.resource ?? []) as string[]).flatMap((resource) =>
		((show.operation ?? []) as string[]).map((operation): [string, number] => [`${resource}/${operation}`, entry.index]),
	);
}

/**
 * Copies whose cluster, placed at its first copy, would show them before a field of their
 * operation they used to follow, or placed at its last copy, after a field they used to
 * precede: the copy out of order is the one its cluster moved, up or down.
 */
function misplacedCopies(entries: Entry[]): Set<Copy> {
	const misplaced = new Set<Copy>();
	const last = new Map<string, { position: number; entry: Entry }>();
	for (const entry of entries) {
		for (const [operation, position] of shownAt(entry)) {
			const previous = last.get(operation);
			if (previous && position < previous.position) {
				const moved = previous.entry.copies && previous.entry.index < previous.position ? previous : { entry, position };
				const copy = moved.entry.copies?.find((candidate) => candidate.index === moved.position);
				if (copy) misplaced.add(copy);
			}
			last.set(operation, { position, entry });
		}
	}
	return misplaced;
}

export function compactProperties(properties: INodeProperties[]): INodeProperties[] {
	const operationsOf = operationsByResource(properties);
	const kept: Entry[] = [];
	const groups = new Map<string, Copy[]>();
	properties.forEach((property, index) => {
		const resources = property.displayOptions?.show?.resource as string[] | undefined;
		const operations = property.displayOptions?.show?.operation as string[] | undefined;
		if (property.name === 'operation' || resources?.length !== 1 || !operations?.length) {
			kept.push({ index, property });
			return;
		}
		const key = shapeKey(property);
		groups.set(key, [...(groups.get(key) ?? []), { index, property, resource: resources[0], operations: operations.map(String) }]);
	});
	// A resource's copies merge exactly; resources join a cluster while it stays exact.
	let clusters: Copy[][] = [];
	for (const copies of groups.values()) {
		const ofGroup: Copy[][] = [];
		for (const resource of new Set(copies.map((copy) => copy.resource))) {
			const ofResource = copies.filter((copy) => copy.resource === resource);
			const joined = ofGroup.find((cluster) => exact([...cluster, ...ofResource], operationsOf));
			if (joined) joined.push(...ofResource);
			else ofGroup.push(ofResource);
		}
		clusters.push(...ofGroup);
	}
	// The field every operation starts with (the account) goes first, before the Operation lists, in one place.
	const firstField = new Map<string, number>();
	for (const entry of [...kept, ...clusters.flat().map((copy) => ({ index: copy.index, property: copy.property, copies: [copy] }))]) {
		for (const [operation, position] of shownAt(entry)) firstField.set(operation, Math.min(firstField.get(operation) ?? Infinity, position));
	}
	const firstSelector = properties.findIndex((property) => property.name === 'operation');
	const leads = (cluster: Copy[]) =>
		new Set(cluster.map((copy) => copy.resource)).size > 1 &&
		cluster.every((copy) => copy.operations.every((operation) => firstField.get(`${copy.resource}/${operation}`) === copy.index));
	// Clusters placed at their last copy: the fields every operation ends with (Simplify) follow all of their fields.
	const atLast = new WeakSet<Copy[]>();
	const place = (cluster: Copy[]) => {
		if (leads(cluster)) return firstSelector - 0.5;
		const indexes = cluster.map((copy) => copy.index);
		return atLast.has(cluster) ? Math.max(...indexes) : Math.min(...indexes);
	};
	// A merged property takes its first copy's place, else its last one's; where both would reorder
	// an operation's fields, it is merged less.
	for (;;) {
		const entries = [
			...kept,
			...clusters.map((cluster) => ({ index: place(cluster), property: merged(cluster), copies: cluster })),
		].sort((a, b) => a.index - b.index);
		const misplaced = misplacedCopies(entries);
		if (!misplaced.size) return entries.map((entry) => entry.property);
		const displaced = clusters.filter((cluster) => cluster.some((copy) => misplaced.has(copy)));
		const lowered = displaced.filter((cluster) => !atLast.has(cluster) && !leads(cluster));
		if (lowered.length) {
			lowered.forEach((cluster) => atLast.add(cluster));
			continue;
		}
		// Each misplaced copy stands alone (at its own place); the rest of its cluster stays merged
		// while that is still exact, else per resource (which always is).
		clusters = clusters.flatMap((cluster) => {
			if (!displaced.includes(cluster)) return [cluster];
			const staying = cluster.filter((copy) => !misplaced.has(copy));
			const leaving = cluster.filter((copy) => misplaced.has(copy)).map((copy) => [copy]);
			if (!staying.length || exact(staying, operationsOf)) return staying.length ? [staying, ...leaving] : leaving;
			const resources = [...new Set(staying.map((copy) => copy.resource))];
			return [...resources.map((resource) => staying.filter((copy) => copy.resource === resource)), ...leaving];
		});
	}
}
