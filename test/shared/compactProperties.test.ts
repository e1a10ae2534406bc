import type { INodeProperties } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { resources } from '../../nodes/ChatWoot/resources';
import { compactProperties } from '../../nodes/ChatWoot/shared/compactProperties';
import { GROUP_ORDER, groupOf } from '../description/fieldOrder';

/** The properties shown for one resource and operation, as name → everything but their display condition and description. */
function shownFor(properties: INodeProperties[], resource: string, operation: string) {
	return properties
		.filter((property) => {
			const show = property.displayOptions?.show ?? {};
			return property.name !== 'operation' && (show.resource as string[] | undefined)?.includes(resource) && (show.operation as string[] | undefined)?.includes(operation);
		})
		.map(({ displayOptions, description: _description, ...rest }) => {
			const { resource: _resource, operation: _operation, ...otherConditions } = displayOptions?.show ?? {};
			return { ...rest, otherConditions };
		});
}

const original = resources.flatMap((resource) => resource.properties);
const compacted = compactProperties(original);
const operations = original
	.filter((property) => property.name === 'operation')
	.flatMap((property) =>
		((property.options ?? []) as Array<{ value: string }>).map((option) => [(property.displayOptions!.show!.resource as string[])[0], option.value]),
	);

/** The fields of each group (test/description/fieldOrder.ts), in the order given: the order rule moves fields only between groups. */
const byGroup = (fields: ReturnType<typeof shownFor>) =>
	Object.fromEntries(GROUP_ORDER.map((group) => [group, fields.filter((field) => groupOf(field as INodeProperties) === group).map((field) => field.name)]));
const byName = (fields: ReturnType<typeof shownFor>) => [...fields].sort((a, b) => a.name.localeCompare(b.name));

test('merging same-named copies leaves every operation with exactly its fields, each group in the same order', () => {
	expect(operations.length).toBeGreaterThan(300);
	for (const [resource, operation] of operations) {
		const before = shownFor(original, resource, operation);
		const after = shownFor(compacted, resource, operation);
		expect({ resource, operation, fields: byName(after), order: byGroup(after) }).toEqual({
			resource,
			operation,
			fields: byName(before),
			order: byGroup(before),
		});
	}
});

test('the node has far fewer top-level properties, and a name the benchmark fills with an expression only once per resource', () => {
	const properties = new ChatWoot().description.properties;
	expect(properties.length).toBeLessThan(original.length / 2);
	// Contact → Update's Contact ID is resolved once per property named contactId: one.
	expect(properties.filter((property) => property.name === 'contactId')).toHaveLength(1);
	expect(properties.filter((property) => property.name === 'accountId').length).toBeLessThanOrEqual(2);
});

test('Simplify, Output and Fields, on every operation with wide records, are one property each on every node', () => {
	for (const node of [new ChatWoot(), new ChatWootPlatform(), new ChatWootClient()]) {
		const properties = node.description.properties;
		for (const name of ['simplify', 'outputFormat', 'outputFields']) {
			expect({ node: node.description.name, name, copies: properties.filter((property) => property.name === name).length }).toEqual({ node: node.description.name, name, copies: 1 });
		}
	}
	const simplify = new ChatWoot().description.properties.find((property) => property.name === 'simplify');
	expect((simplify?.displayOptions?.show?.operation as string[]).length).toBeGreaterThan(10);
});
