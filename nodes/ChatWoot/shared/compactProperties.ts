import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { outputPropertyNames } from './operation';

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

/**
 * Where a property goes among its operation's, as n8n shows them in array order: the Operation
 * lists, the record (Account first), what the operation needs, what it may take, collections,
 * Return All and Limit, Options, and what the output looks like.
 */
const GROUPS = ['operation', 'account', 'locator', 'required', 'optional', 'collection', 'returnAll', 'limit', 'options', 'output'] as const;
type Group = (typeof GROUPS)[number];

function ownGroup(property: INodeProperties): Group {
	if (property.name === 'operation') return 'operation';
	if (property.name === 'accountId') return 'account';
	if (property.name === 'returnAll' || property.name === 'limit') return property.name;
	if (outputPropertyNames.includes(property.name)) return 'output';
	if (property.type === 'resourceLocator') return 'locator';
	// A single choice always has a value, as a required field does; a hidden one is a fixed value.
	if (property.required || property.type === 'options' || property.type === 'hidden') return 'required';
	if (property.type === 'collection' && property.displayName === 'Options') return 'options';
	// Custom Attribute Fields (a resource mapper) is a set of fields, as a collection is.
	if (['collection', 'fixedCollection', 'resourceMapper'].includes(property.type)) return 'collection';
	return 'optional';
}

/** The fields whose values show or hide a property (not the resource, operation, node version or tool mode). */
function controllers(property: INodeProperties): string[] {
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	return [...Object.keys(show), ...Object.keys(hide)].filter((name) => name !== 'resource' && name !== 'operation' && !name.startsWith('@'));
}

/** The resource/operation pairs a property's own condition shows it for. */
function operationsShowing(property: INodeProperties): string[] {
	const show = property.displayOptions?.show ?? {};
	return ((show.resource ?? []) as string[]).flatMap((resource) => ((show.operation ?? []) as string[]).map((operation) => `${resource}/${operation}`));
}

/**
 * Each property's place in the output: its group, then its position in the list. A field shown
 * by another one's value (Agent, when Assign To is Agent) joins that field's group, so it still
 * follows it.
 */
function places(properties: INodeProperties[]): number[] {
	const groupOf = new Map<string, number>();
	return properties.map((property, index) => {
		const operations = operationsShowing(property);
		const controlling = operations.flatMap((operation) => controllers(property).map((name) => groupOf.get(`${operation}/${name}`) ?? 0));
		const group = Math.max(GROUPS.indexOf(ownGroup(property)), ...controlling);
		for (const operation of operations) groupOf.set(`${operation}/${property.name}`, group);
		return group * properties.length + index;
	});
}

interface Copy {
	/** Its group, then its position in the list (see `places`). */
	place: number;
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
	place: number;
	property: INodeProperties;
	copies?: Copy[];
}

/** The (resource/operation → place it should have) pairs an entry shows its property for. */
function shownAt(entry: Entry): Array<[string, number]> {
	if (entry.copies) {
		return entry.copies.flatMap((copy) => copy.operations.map((operation): [string, number] => [`${copy.resource}/${operation}`, copy.place]));
	}
	if (entry.property.name === 'operation') return [];
	return operationsShowing(entry.property).map((operation): [string, number] => [operation, entry.place]);
}

/**
 * Copies whose cluster, placed at its first copy, would show them before a field of their
 * operation they should follow, or placed at its last copy, after a field they should precede:
 * the copy out of order is the one its cluster moved, up or down.
 */
function misplacedCopies(entries: Entry[]): Set<Copy> {
	const misplaced = new Set<Copy>();
	const last = new Map<string, { place: number; entry: Entry }>();
	for (const entry of entries) {
		for (const [operation, place] of shownAt(entry)) {
			const previous = last.get(operation);
			if (previous && place < previous.place) {
				const moved = previous.entry.copies && previous.entry.place < previous.place ? previous : { entry, place };
				const copy = moved.entry.copies?.find((candidate) => candidate.place === moved.place);
				if (copy) misplaced.add(copy);
			}
			last.set(operation, { place, entry });
		}
	}
	return misplaced;
}

/**
 * The properties in the order every operation shows them (see `GROUPS`), copies merged. The
 * Operation lists all come first, so a merged Account never sits between two of them.
 */
export function compactProperties(properties: INodeProperties[]): INodeProperties[] {
	const operationsOf = operationsByResource(properties);
	const placeOf = places(properties);
	const kept: Entry[] = [];
	const groups = new Map<string, Copy[]>();
	properties.forEach((property, index) => {
		const resources = property.displayOptions?.show?.resource as string[] | undefined;
		const operations = property.displayOptions?.show?.operation as string[] | undefined;
		if (property.name === 'operation' || resources?.length !== 1 || !operations?.length) {
			kept.push({ place: placeOf[index], property });
			return;
		}
		const key = shapeKey(property);
		groups.set(key, [...(groups.get(key) ?? []), { place: placeOf[index], property, resource: resources[0], operations: operations.map(String) }]);
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
	// Clusters placed at their last copy: the fields every operation ends with (Simplify) follow all of their fields.
	const atLast = new WeakSet<Copy[]>();
	const place = (cluster: Copy[]) => {
		const ofCopies = cluster.map((copy) => copy.place);
		return atLast.has(cluster) ? Math.max(...ofCopies) : Math.min(...ofCopies);
	};
	// A merged property takes its first copy's place, else its last one's; where both would reorder
	// an operation's fields, it is merged less.
	for (;;) {
		const entries = [
			...kept,
			...clusters.map((cluster) => ({ place: place(cluster), property: merged(cluster), copies: cluster })),
		].sort((a, b) => a.place - b.place);
		const misplaced = misplacedCopies(entries);
		if (!misplaced.size) return entries.map((entry) => entry.property);
		const displaced = clusters.filter((cluster) => cluster.some((copy) => misplaced.has(copy)));
		const lowered = displaced.filter((cluster) => !atLast.has(cluster));
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
