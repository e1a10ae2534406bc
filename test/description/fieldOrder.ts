import { NodeHelpers } from 'n8n-workflow';
import type { INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';

/**
 * The order every operation shows its fields in (issue 16), as the groups a user sees top to
 * bottom. Written out here, apart from the node's code, as the rule that code must meet.
 */
const RULE: Array<[group: string, belongs: (property: INodeProperties) => boolean]> = [
	['Authentication', (property) => property.name === 'authentication'],
	['Resource', (property) => property.name === 'resource'],
	['Operation', (property) => property.name === 'operation'],
	['Account', (property) => property.name === 'accountId'],
	['Return All', (property) => property.name === 'returnAll'],
	['Limit', (property) => property.name === 'limit'],
	['Output', (property) => ['simplify', 'outputFormat', 'outputFields'].includes(property.name)],
	['record locator', (property) => property.type === 'resourceLocator'],
	// A single choice always holds a value: the user reads it as one more thing the operation needs.
	['required field', (property) => property.required === true || property.type === 'options'],
	['Options', (property) => property.type === 'collection' && property.displayName === 'Options'],
	// Custom Attribute Fields (a resource mapper) is a group of fields like a collection.
	['collection', (property) => ['collection', 'fixedCollection', 'resourceMapper'].includes(property.type)],
	['optional field', () => true],
];
export const GROUP_ORDER = [
	'Authentication',
	'Resource',
	'Operation',
	'Account',
	'record locator',
	'required field',
	'optional field',
	'collection',
	'Return All',
	'Limit',
	'Options',
	'Output',
];

export function groupOf(property: INodeProperties): string {
	return RULE.find(([, belongs]) => belongs(property))![0];
}

/** The other fields whose values show or hide a property: it belongs after them. */
export function controllingFields(property: INodeProperties): string[] {
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	return [...Object.keys(show), ...Object.keys(hide)].filter((name) => !['resource', 'operation'].includes(name) && !name.startsWith('@'));
}

/**
 * What is wrong with the order of the fields a user sees, top to bottom: a field before one of a
 * group above it. A field shown by another one's value (Agent, when Assign To is Agent) is
 * ranked with that field, and must follow it.
 */
export function orderProblems(visible: INodeProperties[]): string[] {
	const problems: string[] = [];
	const rankOf = new Map<string, number>();
	let previous: { rank: number; label: string } | undefined;
	for (const property of visible) {
		const own = GROUP_ORDER.indexOf(groupOf(property));
		const controllers = controllingFields(property).filter((name) => visible.some((other) => other.name === name));
		const early = controllers.filter((name) => !rankOf.has(name));
		if (early.length) problems.push(`${property.displayName} shows before ${early.join(', ')}, which shows it`);
		const rank = Math.max(own, ...controllers.map((name) => rankOf.get(name) ?? -1));
		rankOf.set(property.name, rank);
		const label = `${property.displayName} (${GROUP_ORDER[rank]})`;
		if (previous && rank < previous.rank) problems.push(`${label} after ${previous.label}`);
		previous = { rank, label };
	}
	return problems;
}

/** The top-level properties n8n shows for these values, in its order, by n8n's own display rules. */
export function visibleProperties(description: INodeTypeDescription, typeVersion: number, values: INodeParameters): INodeProperties[] {
	const node = { typeVersion };
	// The resource's own properties only: the others never show, and reading them all takes long.
	const ofResource = description.properties.filter((property) => {
		const resources = property.displayOptions?.show?.resource;
		return !resources || resources.includes(values.resource as string);
	});
	const parameters = NodeHelpers.getNodeParameters(ofResource, values, true, false, node, description) ?? {};
	return ofResource.filter(
		(property) => property.type !== 'hidden' && NodeHelpers.displayParameter(parameters, property, node, description),
	);
}
