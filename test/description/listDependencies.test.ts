import type {
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyCollection,
	INodeType,
	NodeParameterValueType,
} from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { ChatWootPollingTrigger } from '../../nodes/ChatWootPollingTrigger/ChatWootPollingTrigger.node';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';

/**
 * Every list the editor loads (options and multiOptions with loadOptionsMethod, resource locators
 * with searchListMethod, resource mappers) must declare in `loadOptionsDependsOn` each field its
 * method reads, or n8n keeps showing the list of the field's old value (or the error of its empty
 * one). Each method is called with a fake context that records the parameters it reads.
 *
 * Authentication is not declared: it picks which of the node's credentials the list is loaded
 * with, and n8n reloads lists when the node's credentials change; as a dependency it would also
 * clear every chosen record and mapped value whenever the token type is switched.
 */
const NOT_DECLARED = ['authentication'];

const NODES: INodeType[] = [new ChatWoot(), new ChatWootTrigger(), new ChatWootPollingTrigger(), new ChatWootPlatform(), new ChatWootClient()];

type MethodKind = 'loadOptions' | 'listSearch' | 'resourceMapping';

interface List {
	node: INodeType;
	/** The property's path in the node, e.g. `conversationFilters.labels`. */
	path: string;
	/** The property's own name, which its method may read. */
	name: string;
	kind: MethodKind;
	method: string;
	dependsOn: string[];
}

const isProperty = (option: unknown): option is INodeProperties => typeof (option as INodeProperties).type === 'string';

/** The lists among `properties`, inside collections and fixedCollections too. */
function listsOf(node: INodeType, properties: INodeProperties[], parent = ''): List[] {
	return properties.flatMap((property): List[] => {
		const path = parent ? `${parent}.${property.name}` : property.name;
		const dependsOn = property.typeOptions?.loadOptionsDependsOn ?? [];
		const list = (kind: MethodKind, method: string): List => ({ node, path, name: property.name, kind, method, dependsOn });
		const own: List[] = [];
		if (property.typeOptions?.loadOptionsMethod) own.push(list('loadOptions', property.typeOptions.loadOptionsMethod));
		for (const mode of property.modes ?? []) {
			if (mode.typeOptions?.searchListMethod) own.push(list('listSearch', mode.typeOptions.searchListMethod));
		}
		const mapperMethod = property.typeOptions?.resourceMapper?.resourceMapperMethod;
		if (mapperMethod) own.push(list('resourceMapping', mapperMethod));
		const nested = (property.options ?? []).flatMap((option) =>
			isProperty(option) ? listsOf(node, [option], path) : listsOf(node, (option as INodePropertyCollection).values ?? [], `${path}.${option.name}`),
		);
		return [...own, ...nested];
	});
}

const LISTS = NODES.flatMap((node) => listsOf(node, node.description.properties));

/** A value each parameter might plausibly have while the user fills the node in. */
function plausible(name: string, fallback: unknown, extractValue?: boolean): NodeParameterValueType | object | undefined {
	if (name === 'accountId') return extractValue ? '1' : { __rl: true, mode: 'list', value: '1' };
	return fallback as NodeParameterValueType;
}

/** The parameters `method` reads, called with a context that answers every request with empty lists. */
async function parametersReadBy(node: INodeType, kind: MethodKind, method: string): Promise<string[]> {
	const read = new Set<string>();
	const record = (name: string) => read.add(name.split('.')[0]);
	const emptyAnswer = async () => ({ payload: [], data: { payload: [] }, accounts: [] });
	const context = {
		getNodeParameter: (name: string, fallback?: unknown, options?: { extractValue?: boolean }) => {
			record(name);
			return plausible(name, fallback, options?.extractValue);
		},
		getCurrentNodeParameter: (name: string, options?: { extractValue?: boolean }) => {
			record(name);
			return plausible(name, undefined, options?.extractValue);
		},
		getCurrentNodeParameters: () =>
			new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? (record(name), plausible(name, undefined)) : undefined) }),
		getNode: () => ({ name: node.description.displayName, type: node.description.name, typeVersion: 1, parameters: {} }),
		getCredentials: async () => ({ baseUrl: 'https://chat.example.com', accessToken: 'tok' }),
		helpers: { httpRequestWithAuthentication: emptyAnswer, httpRequest: emptyAnswer, requestWithAuthentication: emptyAnswer },
		logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
	} as unknown as ILoadOptionsFunctions;
	const methods = node.methods?.[kind] as Record<string, (this: ILoadOptionsFunctions, ...args: unknown[]) => Promise<unknown>>;
	// What it reads before failing on the empty answers counts the same.
	await methods[method].call(context, '').catch(() => undefined);
	return [...read];
}

/** A read of `name` is declared by `name` itself or by a path into it (`accountId.value`). */
const declares = (dependsOn: string[], name: string) => dependsOn.some((path) => path === name || path.startsWith(`${name}.`));

describe('lists declare the fields they are loaded from (loadOptionsDependsOn)', () => {
	test('there are lists in the nodes, and each method exists', () => {
		expect(LISTS.length).toBeGreaterThan(50);
		const missing = LISTS.filter(({ node, kind, method }) => typeof node.methods?.[kind]?.[method] !== 'function');
		expect(missing.map(({ path, kind, method }) => `${path}: ${kind}.${method}`)).toEqual([]);
	});

	test('every field a list reads is in its loadOptionsDependsOn', async () => {
		const reads = new Map<string, string[]>();
		for (const { node, kind, method } of LISTS) {
			const key = `${node.description.name} ${kind}.${method}`;
			if (!reads.has(key)) reads.set(key, await parametersReadBy(node, kind, method));
		}
		// The fake context sees what the methods read: the labels are loaded from the chosen account.
		expect(reads.get('chatWoot loadOptions.getLabels')).toContain('accountId');

		const undeclared = LISTS.flatMap(({ node, kind, method, path, name, dependsOn }) =>
			(reads.get(`${node.description.name} ${kind}.${method}`) ?? [])
				.filter((read) => read !== name && !NOT_DECLARED.includes(read) && !declares(dependsOn, read))
				.map((read) => `${node.description.displayName} ${path} (${method}) reads ${read}`),
		);
		expect([...new Set(undeclared)]).toEqual([]);
	});

	// n8n 1.x and 2.x compare the dependencies as lodash `get` of each path joined as text: a
	// resource locator's value is an object, which reads "[object Object]" whatever is chosen.
	test('a dependency on a resource locator names its .value', () => {
		const wrong = LISTS.flatMap(({ node, path, dependsOn }) =>
			dependsOn
				.filter((dependency) => {
					const [name, ...rest] = dependency.split('.');
					const locator = node.description.properties.some((property) => property.name === name && property.type === 'resourceLocator');
					return locator && rest.join('.') !== 'value';
				})
				.map((dependency) => `${node.description.displayName} ${path}: ${dependency}`),
		);
		expect([...new Set(wrong)]).toEqual([]);
	});
});
