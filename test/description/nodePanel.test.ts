import { existsSync, readFileSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';

import { sublimeSearch } from '@n8n/utils/search/sublime-search';
import * as n8nWorkflow from 'n8n-workflow';
import type { INode, INodeProperties, INodePropertyOptions, INodeType, INodeTypes } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { ChatWootPollingTrigger } from '../../nodes/ChatWootPollingTrigger/ChatWootPollingTrigger.node';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';

/**
 * What n8n's node panel makes of the nodes: search reads a node's display name and its codex
 * `alias` (nodes/<Node>/<Node>.node.json, which n8n's loader puts in the description), a community
 * node lists its actions in Resource order and each resource's Operation order with no search box,
 * and the canvas shows the subtitle expression's value.
 */

const NODES: Record<string, INodeType> = {
	ChatWoot: new ChatWoot(),
	ChatWootTrigger: new ChatWootTrigger(),
	ChatWootPollingTrigger: new ChatWootPollingTrigger(),
	ChatWootPlatform: new ChatWootPlatform(),
	ChatWootClient: new ChatWootClient(),
};

interface Codex {
	node: string;
	categories: string[];
	alias: string[];
}
const codexOf = (folder: string): Codex =>
	JSON.parse(readFileSync(join(__dirname, '..', '..', 'nodes', folder, `${folder}.node.json`), 'utf8')) as Codex;

/**
 * The panel's entries: the trigger named like the ChatWoot node ("chatWoot" + "Trigger") is merged
 * into it and searched by the ChatWoot node's name and aliases; every other node stands alone.
 */
const panelEntries = Object.keys(NODES)
	.filter((folder) => folder !== 'ChatWootTrigger')
	.map((folder) => ({ key: folder, properties: { displayName: NODES[folder].description.displayName, codex: codexOf(folder) } }));

/** The panel drops a last word that "trigger" starts with before searching ("ChatWoot Trig" → "ChatWoot"). */
const withoutTrailingTrigger = (text: string) => {
	const words = text.split(' ');
	return words.length > 1 && 'trigger'.startsWith(words[words.length - 1].toLowerCase()) ? words.slice(0, -1).join(' ') : text;
};
const search = (text: string) =>
	sublimeSearch(withoutTrailingTrigger(text).toLowerCase(), panelEntries).map(({ item }) => item.key);

const operationSelectors = (description: INodeType['description']) =>
	description.properties.filter((property) => property.name === 'operation');
const optionsOf = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];

describe('the codex files', () => {
	test.each(Object.keys(NODES))('%s: names its node, with categories and search aliases', (folder) => {
		const codex = codexOf(folder);
		expect(codex.node).toBe(`n8n-nodes-chatwoot-api.${NODES[folder].description.name}`);
		expect(codex.categories).toContain('Communication');
		expect(codex.alias.length).toBeGreaterThan(5);
		expect(new Set(codex.alias.map((alias) => alias.toLowerCase())).size).toBe(codex.alias.length);
	});
});

describe("n8n's node search (its own sublimeSearch, on name and aliases)", () => {
	test.each([
		['send message', 'ChatWoot'],
		['label', 'ChatWoot'],
		['add label', 'ChatWoot'],
		['assign agent', 'ChatWoot'],
		['contact', 'ChatWoot'],
		['chatwoot contact', 'ChatWoot'],
		['create conversation', 'ChatWoot'],
		['update contact', 'ChatWoot'],
		['ChatWoot Trigger', 'ChatWoot'],
		['chatwoot webhook', 'ChatWoot'],
		['chatwoot polling', 'ChatWootPollingTrigger'],
		['provision account', 'ChatWootPlatform'],
		['chat widget', 'ChatWootClient'],
	])('"%s" finds %s first', (text, node) => {
		expect(search(text)[0]).toBe(node);
	});

	test('"ChatWoot Trigger" lists both triggers: the webhook one in the ChatWoot entry, and the polling one', () => {
		expect(search('ChatWoot Trigger')).toEqual(expect.arrayContaining(['ChatWoot', 'ChatWootPollingTrigger']));
	});

	test('the ChatWoot entry shows the webhook trigger\'s description, which speaks for both nodes', () => {
		expect(NODES.ChatWootTrigger.description.description).toMatch(/messages.*contacts.*conversations.*start workflows on ChatWoot events/i);
	});
});

describe('the order of the actions in the panel', () => {
	const resourceValues = (description: INodeType['description']) =>
		optionsOf(description.properties.find((property) => property.name === 'resource')!).map((option) => String(option.value));

	test('Contact, Conversation and Message come first, the other resources follow by name', () => {
		const description = NODES.ChatWoot.description;
		const values = resourceValues(description);
		expect(values.slice(0, 3)).toEqual(['contact', 'conversation', 'message']);
		const names = optionsOf(description.properties.find((property) => property.name === 'resource')!).slice(3).map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	test('the first actions listed are the Contact ones, then Conversation, then Message', () => {
		const description = NODES.ChatWoot.description;
		const actions = resourceValues(description).flatMap((resource) =>
			optionsOf(operationSelectors(description).find((selector) => selector.displayOptions?.show?.resource?.includes(resource))!).map(
				(option) => option.action,
			),
		);
		expect(actions.slice(0, 4)).toEqual(['Add labels to a contact', 'Call a contact by phone', 'Create a contact', 'Create or update a contact']);
		expect(actions).toContain('Send a message');
	});

	test.each(['ChatWoot', 'ChatWootPlatform', 'ChatWootClient'])(
		'%s: each Operation list is sorted by name, and each name starts with its action\'s verb, so the actions read in order',
		(node) => {
			expect(operationSelectors(NODES[node].description).length).toBeGreaterThan(0);
			for (const selector of operationSelectors(NODES[node].description)) {
				const options = optionsOf(selector);
				const names = options.map((option) => option.name);
				expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
				for (const option of options) {
					expect(`${/^\w+/.exec(option.name)?.[0]}: ${option.action}`).toMatch(/^(\w+): \1\b/i);
				}
			}
		},
	);
});

/** n8n-workflow of n8n 1.x, where `npm test` installed n8n 1.123.81 (scripts/lib.sh's cache). */
const N8N1_WORKFLOW = join(
	process.env.N8N_NODES_CHATWOOT_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'n8n-nodes-chatwoot-api'),
	'n8n-1.123.81/node_modules/n8n-workflow',
);
const WORKFLOW_PACKAGES: Array<[string, typeof n8nWorkflow]> = [
	['n8n-workflow 2.x', n8nWorkflow],
	...(existsSync(N8N1_WORKFLOW) ? [['n8n-workflow 1.x', require(N8N1_WORKFLOW) as typeof n8nWorkflow] as [string, typeof n8nWorkflow]] : []),
];

/** The subtitle as the editor shows it: parameters with their defaults, the expression evaluated for the node. */
function subtitleOf(workflowPackage: typeof n8nWorkflow, node: string, parameters: Record<string, string>): unknown {
	const nodeType = NODES[node];
	const { description } = nodeType;
	const version = Array.isArray(description.version) ? description.version[description.version.length - 1] : description.version;
	const bare: INode = { id: '1', name: description.defaults.name ?? node, type: `n8n-nodes-chatwoot-api.${description.name}`, typeVersion: version, position: [0, 0], parameters };
	const full = { ...bare, parameters: workflowPackage.NodeHelpers.getNodeParameters(description.properties, parameters, true, false, bare, description) ?? {} };
	const nodeTypes: INodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) };
	const workflow = new workflowPackage.Workflow({ id: 'w', nodes: [full], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(full, description.subtitle as string, 'internal', {});
}

describe.each(WORKFLOW_PACKAGES)('the subtitle, evaluated by %s', (_label, workflowPackage) => {
	test.each([
		['ChatWoot', { resource: 'contact', operation: 'upsert' }, 'Create or update a contact'],
		['ChatWoot', { resource: 'message', operation: 'create' }, 'Send a message'],
		['ChatWoot', { resource: 'conversation', operation: 'assign' }, 'Assign a conversation'],
		['ChatWoot', { resource: 'contact' }, 'Update a contact'],
		['ChatWoot', {}, 'Update a contact'],
		['ChatWootPlatform', { resource: 'user', operation: 'getLoginLink' }, 'Get a single sign-on link for a user'],
		['ChatWootClient', { resource: 'message', operation: 'create' }, 'Send a message as the contact'],
	])('%s %j: "%s"', (node, parameters, expected) => {
		expect(subtitleOf(workflowPackage, node, parameters)).toBe(expected);
	});

	test('an operation the node does not have shows no subtitle, not "undefined"', () => {
		expect(subtitleOf(workflowPackage, 'ChatWoot', { resource: 'contact', operation: 'gone' })).toBe('');
	});
});
