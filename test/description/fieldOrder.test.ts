import type { INodeParameters, INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { controllingFields, orderProblems, visibleProperties } from './fieldOrder';

const DESCRIPTIONS = [new ChatWoot(), new ChatWootPlatform(), new ChatWootClient()].map((node) => node.description);

/** Every resource/operation pair of a node, from its Operation lists. */
function operationsOf(description: INodeTypeDescription): Array<{ resource: string; operation: string }> {
	return description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			((property.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
				(property.options as INodePropertyOptions[]).map((option) => ({ resource, operation: String(option.value) })),
			),
		);
}

/**
 * The values to look at an operation with: its defaults, and each value another field of it
 * waits for (Assign To = Team, Output = Selected Fields, Return All = false…), one at a time.
 */
function valueSets(description: INodeTypeDescription, resource: string, operation: string): INodeParameters[] {
	const shown = (property: INodeProperties) => {
		const show = property.displayOptions?.show ?? {};
		return (show.resource as string[] | undefined)?.includes(resource) && (show.operation as string[] | undefined)?.includes(operation);
	};
	const waitedFor = description.properties.filter(shown).flatMap((property) =>
		controllingFields(property).flatMap((name) => {
			const { show = {}, hide = {} } = property.displayOptions ?? {};
			const values = [...(show[name] ?? []), ...(hide[name] ?? [])].filter((value) => typeof value !== 'object');
			return values.map((value) => ({ [name]: value as string | number | boolean }));
		}),
	);
	return [{}, ...waitedFor].map((values) => ({ resource, operation, ...values }));
}

/** The node as n8n describes it to an AI agent: `@tool` conditions hold there. */
const asTool = (description: INodeTypeDescription): INodeTypeDescription => ({ ...description, name: `${description.name}Tool` });

const versionsOf = (description: INodeTypeDescription) => (Array.isArray(description.version) ? description.version : [description.version]);

describe('every operation shows its fields in one order', () => {
	test('Resource, Operation, the record (Account first), required, optional, collections, Return All, Limit, Options, Output', () => {
		const problems: string[] = [];
		let looked = 0;
		for (const description of DESCRIPTIONS) {
			for (const { resource, operation } of operationsOf(description)) {
				for (const variant of [description, asTool(description)]) {
					for (const version of versionsOf(description)) {
						for (const values of valueSets(description, resource, operation)) {
							looked++;
							const wrong = orderProblems(visibleProperties(variant, version, values));
							if (wrong.length) problems.push(`${variant.name} v${version} ${resource}/${operation} ${JSON.stringify(values)}: ${wrong.join('; ')}`);
						}
					}
				}
			}
		}
		expect(looked).toBeGreaterThan(1500);
		expect(problems).toEqual([]);
	});

	test.each([
		['message', 'getMany', {}, ['Authentication', 'Resource', 'Operation', 'Account', 'Conversation', 'Return All', 'Limit', 'Options', 'Simplify']],
		['contact', 'create', {}, ['Authentication', 'Resource', 'Operation', 'Account', 'Additional Fields', 'Custom Attribute Fields', 'Simplify']],
		['conversation', 'assign', { assignTo: 'team' }, ['Authentication', 'Resource', 'Operation', 'Account', 'Conversation', 'Assign To', 'Team']],
		['message', 'get', {}, ['Authentication', 'Resource', 'Operation', 'Account', 'Conversation', 'Message ID', 'Options', 'Simplify']],
	])('ChatWoot %s/%s %j shows %j', (resource, operation, values, shown) => {
		const [chatWoot] = DESCRIPTIONS;
		const visible = visibleProperties(chatWoot, 1.1, { resource, operation, ...values });
		expect(visible.map((property) => property.displayName)).toEqual(shown);
	});

	test('all Operation lists follow Resource directly, each the first field of its resource', () => {
		const [chatWoot] = DESCRIPTIONS;
		const operations = chatWoot.properties.filter((property) => property.name === 'operation');
		const [resource] = chatWoot.properties.filter((property) => property.name === 'resource');
		// Every Operation list right after Resource: none of them waits behind another resource's Account.
		expect(chatWoot.properties.indexOf(operations[0])).toBe(chatWoot.properties.indexOf(resource) + 1);
		expect(chatWoot.properties.indexOf(operations[operations.length - 1])).toBe(chatWoot.properties.indexOf(resource) + operations.length);
	});
});
