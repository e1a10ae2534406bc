import type { ICredentialType } from 'n8n-workflow';

import { ChatWootAgentBotApi } from '../../credentials/ChatWootAgentBotApi.credentials';
import { ChatWootClientApi } from '../../credentials/ChatWootClientApi.credentials';
import { ChatWootPlatformApi } from '../../credentials/ChatWootPlatformApi.credentials';
import { ChatWootTokenApi } from '../../credentials/ChatWootTokenApi.credentials';
import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { ChatWootPollingTrigger } from '../../nodes/ChatWootPollingTrigger/ChatWootPollingTrigger.node';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';

/** Every text the editor shows under a node, an option or a field: descriptions, hints and notices, with where each is. */
function textsIn(value: unknown, path: string): Array<{ path: string; text: string }> {
	if (Array.isArray(value)) return value.flatMap((entry: { name?: string }, index) => textsIn(entry, `${path}[${entry?.name ?? index}]`));
	if (!value || typeof value !== 'object') return [];
	const notice = (value as { type?: string }).type === 'notice';
	return Object.entries(value).flatMap(([key, entry]) => {
		const shown = key === 'description' || key === 'hint' || (notice && key === 'displayName');
		if (typeof entry === 'string') return shown ? [{ path: `${path}.${key}`, text: entry }] : [];
		return textsIn(entry, `${path}.${key}`);
	});
}

const nodes = [new ChatWoot(), new ChatWootPlatform(), new ChatWootClient(), new ChatWootTrigger(), new ChatWootPollingTrigger()];
const credentials: ICredentialType[] = [new ChatWootTokenApi(), new ChatWootAgentBotApi(), new ChatWootPlatformApi(), new ChatWootClientApi()];
const texts = [
	...nodes.flatMap((node) => textsIn(node.description, node.description.name)),
	...credentials.flatMap((credential) => textsIn(credential.properties, credential.name)),
];

/** The notes the code appends to a description: each starts a sentence of its own. */
const NOTES = ['Needs ', 'An agent bot token needs', 'Choose from the list', 'Has an order of its own', 'The slug is'];

describe('descriptions read as sentences', () => {
	test('there are the texts of five nodes and four credentials to read', () => {
		expect(texts.length).toBeGreaterThan(1000);
		expect(texts.filter(({ text }) => text.includes('Needs an administrator.')).length).toBeGreaterThan(50);
	});

	test('a note follows a full stop, not a word ("…token\'s user Needs an administrator.")', () => {
		const runOn = new RegExp(`[^.!?:(\\s]\\s+(?:${NOTES.join('|')})`);
		expect(texts.filter(({ text }) => runOn.test(text))).toEqual([]);
	});

	test('each Needs note is a sentence that ends, and no sentence ends twice', () => {
		const unended = texts.filter(({ text }) => /(?:^|[.!?]\s)Needs [^.;]*$/.test(text));
		const doubled = texts.filter(({ text }) => /[^.]\.\s*\.(?!\.)|\.\s+\./.test(text));
		expect({ unended, doubled }).toEqual({ unended: [], doubled: [] });
	});

	test('operation descriptions join their notes as sentences', () => {
		const addAgent = texts.find(({ path }) => path.startsWith('chatWoot.properties[operation].options[Add Agent]'));
		expect(addAgent?.text).toBe('Put an agent on the policy (an agent has at most one). Needs ChatWoot Enterprise. Needs an administrator.');
	});
});
