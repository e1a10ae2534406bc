import nock from 'nock';
import type { IExecuteSingleFunctions, INodeExecutionData, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { teamSettingOptions } from '../../nodes/ChatWoot/resources/team/fields';
import { accountIdField, additionalFields, requiredBodyField } from '../../nodes/ChatWoot/shared/descriptions';
import { defineOperation, defineResource } from '../../nodes/ChatWoot/shared/operation';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { isAtLeast, parseChatWootVersion, serverVersion, sinceLabel } from '../../nodes/ChatWoot/transport/version';
import { conversation, CONVERSATION_PATH } from '../conversation/fixtures';
import { ACCESS_TOKEN, BASE_URL, executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

/** Conversation 7 of account 1 (fixtures' CONVERSATION_PATH). */
const CONVERSATION: INodeParameters = { resource: 'conversation', accountId: '1', conversationId: '7' };
const on = (operation: string, parameters: INodeParameters = {}): INodeParameters => ({ ...CONVERSATION, operation, ...parameters });

/** Delete Custom Attributes: a route ChatWoot 4.17 added (`access.since`). */
const deleteAttributes = on('deleteCustomAttributes', { attributeKeys: 'plan' });
const DELETE_PATH = `${CONVERSATION_PATH}/destroy_custom_attributes`;

/**
 * No field of the nodes needs a newer ChatWoot than its route today, so `fieldsSince` is tested on
 * a stand-in: Team → Create whose Allow Auto Assign (top level) and Description (in a collection)
 * are said to need 4.16; only that rule is made up, the route and the body are ChatWoot's.
 */
const TEAMS_PATH = '/api/v1/accounts/1/teams';
const standInTeams = defineResource({ name: 'Stand-in Team', value: 'standInTeam' }, [
	defineOperation({
		resource: 'standInTeam',
		value: 'create',
		name: 'Create',
		action: 'Create a team',
		description: 'Create a team',
		method: 'POST',
		path: '/api/v1/accounts/{accountId}/teams',
		access: { admin: true },
		fields: [
			accountIdField(),
			requiredBodyField('Name', 'name', 'name'),
			{ displayName: 'Allow Auto Assign', name: 'allowAutoAssign', type: 'boolean', default: true, routing: { send: { type: 'body', property: 'allow_auto_assign' } } },
			additionalFields('teamAdditionalFields', teamSettingOptions.filter((option) => option.name === 'description')),
		],
		fieldsSince: { allowAutoAssign: '4.16.0', 'teamAdditionalFields.description': '4.16.0' },
		output: '',
	}),
]);
class NodeWithANewerField extends ChatWoot {
	constructor() {
		super();
		const properties = this.description.properties.map((property) =>
			property.name === 'resource' ? { ...property, options: [...(property.options as INodePropertyOptions[]), standInTeams.option] } : property,
		);
		this.description = { ...this.description, properties: [...properties, ...standInTeams.properties] };
	}
}
const createTeam = (parameters: INodeParameters) => ({
	nodeType: new NodeWithANewerField(),
	parameters: { resource: 'standInTeam', operation: 'create', accountId: '1', name: 'billing', ...parameters },
});
const createdTeam = { status: 200, body: { id: 3, name: 'billing' } };

const items = (count: number): INodeExecutionData[] => Array.from({ length: count }, (_, index) => ({ json: { index } }));

const apiAnswer = (version: string) => ({ status: 200, body: { version, timestamp: '2026-08-20 12:00:00', queue_services: 'ok', data_services: 'ok' } });

describe('ChatWoot versions: parse and compare', () => {
	test.each([
		['4.17.0', [4, 17, 0]],
		['v4.17.0', [4, 17, 0]],
		['4.17', [4, 17, 0]],
		[' 4.15.1\n', [4, 15, 1]],
		['4.18.0-beta', [4, 18, 0]],
		['4.18.0-indica-facil.37', [4, 18, 0]],
	])('%j reads as %j', (text, expected) => {
		expect(parseChatWootVersion(text)).toEqual(expected);
	});

	test.each([['latest'], ['4'], ['4.x'], [''], ['4.17.0.1'], [417], [null], [undefined], [{ version: '4.17.0' }]])('%j is no version', (text) => {
		expect(parseChatWootVersion(text)).toBeUndefined();
	});

	test.each([
		['4.17.0', '4.17.0', true],
		['4.18.0', '4.17.0', true],
		['4.16.2', '4.17.0', false],
		['4.9.0', '4.11.0', false],
		['5.0.0', '4.17.0', true],
		['4.14.2', '4.14.2', true],
		['4.14.1', '4.14.2', false],
		['v4.17', '4.17.0', true],
		['unknown', '4.17.0', true],
	])('%s is at least %s: %s', (version, since, expected) => {
		expect(isAtLeast(version, since)).toBe(expected);
	});

	test('a minimum that is no version is a bug, not a pass', () => {
		expect(() => isAtLeast('4.15.1', 'soon')).toThrow('"soon" is not a ChatWoot version such as 4.17.0');
	});

	test.each([
		['4.17.0', '4.17+'],
		['4.14.2', '4.14.2+'],
	])('%s is shown as %s', (since, label) => {
		expect(sinceLabel(since)).toBe(label);
	});
});

describe('ChatWoot versions: what the descriptions say', () => {
	const properties = new ChatWoot().description.properties;
	const operations = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes('conversation'))!
		.options as INodePropertyOptions[];

	test('an operation that needs a newer ChatWoot says so after its description', () => {
		expect(operations.find((operation) => operation.value === 'deleteCustomAttributes')?.description).toBe(
			"Remove some of a conversation's custom attribute keys, keeping the others. Needs ChatWoot 4.17+.",
		);
		expect(operations.find((operation) => operation.value === 'toggleStatus')?.description).not.toMatch(/Needs ChatWoot/);
	});

	test('a field that needs a newer ChatWoot says so after its description', () => {
		const collection = standInTeams.properties.find((property: INodeProperties) => property.name === 'teamAdditionalFields');
		const field = (collection?.options as INodeProperties[]).find((option) => option.name === 'description');
		expect(field?.description).toMatch(/Needs ChatWoot 4\.16\+\.$/);
	});

	test('an operation an agent bot token may call only from a later release says so', () => {
		const description = (value: string) => operations.find((operation) => operation.value === value)?.description;
		expect(description('get')).toBe('Get a conversation with its contact, assignee, labels and last message. An agent bot token needs ChatWoot 4.14.2+.');
		expect(description('setTypingStatus')).toMatch(/\. An agent bot token needs ChatWoot 4\.11\.2\+\.$/);
		expect(description('toggleStatus')).not.toMatch(/Needs ChatWoot|needs ChatWoot/);
	});
});

describe('ChatWoot versions: the node asks the server once and refuses what it is too old for', () => {
	test('an operation newer than the server is refused before it is sent, naming both versions', async () => {
		expectRequest('GET', '/api', apiAnswer('4.15.1'), requests.sent);
		const run = await executeNode({ parameters: deleteAttributes });
		expect(run.error?.message).toBe('"Delete custom attributes of a conversation" needs ChatWoot 4.17+, but the server runs ChatWoot 4.15.1');
		expect(run.error?.description).toBe(
			`${BASE_URL}/api reports ChatWoot 4.15.1, which does not have it (it came with 4.17.0). Nothing was sent. Upgrade ChatWoot, or use another operation.`,
		);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api']);
	});

	test('on a server new enough it is sent; several items ask the server once, without any token', async () => {
		expectRequest('GET', '/api', apiAnswer('4.18.0'), requests.sent);
		for (let item = 0; item < 3; item++) {
			expectRequest('POST', DELETE_PATH, { status: 200, body: { custom_attributes: { vip: true } } }, requests.sent);
		}
		const run = await executeNode({ parameters: deleteAttributes, items: items(3) });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json)).toEqual([0, 1, 2].map(() => ({ conversation_id: 7, custom_attributes: { vip: true } })));
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api', ...Array(3).fill(`POST ${DELETE_PATH}`)]);
		const [lookup, ...sent] = requests.sent;
		expect(lookup.query).toEqual({});
		expect(lookup.headers).not.toHaveProperty('api-access-token');
		expect(lookup.headers).not.toHaveProperty('authorization');
		expect(JSON.stringify(lookup.headers)).not.toContain(ACCESS_TOKEN);
		expect(sent.map((request) => [request.headers['api-access-token'], request.body])).toEqual(Array(3).fill([ACCESS_TOKEN, { custom_attributes: ['plan'] }]));
	});

	test('each execution asks again (a server may be upgraded between them)', async () => {
		for (const version of ['4.15.1', '4.18.0']) expectRequest('GET', '/api', apiAnswer(version), requests.sent);
		const refused = await executeNode({ parameters: deleteAttributes });
		expect(refused.error?.message).toMatch(/runs ChatWoot 4\.15\.1$/);
		expectRequest('POST', DELETE_PATH, { status: 200, body: { custom_attributes: {} } }, requests.sent);
		const sent = await executeNode({ parameters: deleteAttributes });
		expect(sent.error).toBeUndefined();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api', 'GET /api', `POST ${DELETE_PATH}`]);
	});

	test('a field newer than the server is refused for the item that sets it, with its index; the others go as before, without asking', async () => {
		expectRequest('POST', TEAMS_PATH, createdTeam, requests.sent);
		expectRequest('GET', '/api', apiAnswer('4.15.1'), requests.sent);
		const run = await executeNode({ ...createTeam({ allowAutoAssign: '={{ $json.index !== 1 }}' }), items: items(2), continueOnFail: true });
		expect(run.items[0].json).toEqual({ id: 3, name: 'billing' });
		expect(run.items[1].json.error).toBe('The field "Allow Auto Assign" needs ChatWoot 4.16+, but the server runs ChatWoot 4.15.1');
		// n8n runs the items side by side, so only the set of requests is certain, not their order.
		expect(requests.sent.map((request) => `${request.method} ${request.path}`).sort()).toEqual(['GET /api', `POST ${TEAMS_PATH}`]);
		expect(requests.sent.find((request) => request.method === 'POST')?.body).toEqual({ name: 'billing', allow_auto_assign: true });
	});

	test('the Platform node passes the same check, with its own credential', async () => {
		expectRequest('GET', '/api', apiAnswer('4.12.0'), requests.sent);
		const run = await executeNode({
			nodeType: new ChatWootPlatform(),
			parameters: {
				resource: 'emailChannelMigration',
				operation: 'create',
				accountId: '3',
				mailboxes: { mailbox: [{ email: 'sales@acme.inc', provider: 'google', providerConfig: '{"refresh_token":"r"}' }] },
			},
		});
		expect(run.error?.message).toBe('"Migrate email mailboxes into an account" needs ChatWoot 4.12.1+, but the server runs ChatWoot 4.12.0');
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api']);
		expect(JSON.stringify(requests.sent[0].headers)).not.toContain(ACCESS_TOKEN);
	});

	test('a field of a collection on an older server is refused once added; on a server new enough it is sent as the user set it', async () => {
		expectRequest('GET', '/api', apiAnswer('4.15.1'), requests.sent);
		const refused = await executeNode(createTeam({ teamAdditionalFields: { description: 'Invoices' } }));
		expect(refused.error?.message).toBe('The field "Description" needs ChatWoot 4.16+, but the server runs ChatWoot 4.15.1');
		expect(refused.error?.description).toBe(
			`${BASE_URL}/api reports ChatWoot 4.15.1, which does not have it (it came with 4.16.0). Nothing was sent. Upgrade ChatWoot, or remove the field from the node.`,
		);
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api']);

		expectRequest('GET', '/api', apiAnswer('4.16.0'), requests.sent);
		expectRequest('POST', TEAMS_PATH, createdTeam, requests.sent);
		const sent = await executeNode(createTeam({ teamAdditionalFields: { description: 'Invoices' } }));
		expect(sent.error).toBeUndefined();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api', 'GET /api', `POST ${TEAMS_PATH}`]);
		expect(requests.sent[2].body).toEqual({ name: 'billing', allow_auto_assign: true, description: 'Invoices' });
	});
});

describe('ChatWoot versions: a server that does not say its version counts as the newest', () => {
	const unknownVersions: Array<[string, () => nock.Scope]> = [
		['an unknown version string', () => nock(BASE_URL).get('/api').reply(200, { version: 'develop' })],
		['a 404 for /api', () => nock(BASE_URL).get('/api').reply(404, '<html><body>Not found</body></html>', { 'Content-Type': 'text/html' })],
		['an HTML page for /api', () => nock(BASE_URL).get('/api').reply(200, '<!DOCTYPE html><html><body>Sign in</body></html>', { 'Content-Type': 'text/html' })],
		['a failing server', () => nock(BASE_URL).get('/api').replyWithError('socket hang up')],
	];

	test.each(unknownVersions)('%s: the operation is sent, and a 404 of it carries the version hint', async (_, answerApi) => {
		const api = answerApi();
		expectRequest('POST', DELETE_PATH, { status: 404, body: '<html><body>The page you were looking for does not exist.</body></html>', headers: { 'Content-Type': 'text/html' } }, requests.sent);
		const run = await executeNode({ parameters: deleteAttributes });
		api.done();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`POST ${DELETE_PATH}`]);
		expect(run.error?.message).toBe('ChatWoot answered 404 without an explanation');
		expect(run.error?.description).toBe(
			`The server at ${BASE_URL} has no ${DELETE_PATH}: check that the credential's Base URL is your ChatWoot address (e.g. https://app.chatwoot.com). This operation needs ChatWoot 4.17+; your server did not report its version, and older ones answer 404 here.`,
		);
	});

	test('a slow /api is given up on after a few seconds, once for all items; the operation is sent', async () => {
		const api = nock(BASE_URL).get('/api').delay(4500).reply(200, { version: '4.11.0' });
		expectRequest('POST', DELETE_PATH, { status: 200, body: { custom_attributes: {} } }, requests.sent);
		expectRequest('POST', DELETE_PATH, { status: 200, body: { custom_attributes: {} } }, requests.sent);
		const started = Date.now();
		const run = await executeNode({ parameters: deleteAttributes, items: items(2) });
		expect(Date.now() - started).toBeLessThan(5500);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(2);
		expect(api.isDone()).toBe(true);
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`POST ${DELETE_PATH}`, `POST ${DELETE_PATH}`]);
	}, 15000);

	test('a 404 on a server that reported a new enough version has no version hint', async () => {
		expectRequest('GET', '/api', apiAnswer('4.18.0'), requests.sent);
		expectRequest('POST', DELETE_PATH, { status: 404, body: { error: 'Resource could not be found' } }, requests.sent);
		const run = await executeNode({ parameters: deleteAttributes });
		expect(run.error?.description).toMatch(/^Nothing with that ID exists in account 1: /);
		expect(run.error?.description).not.toMatch(/did not report its version/);
	});

	test('an operation without a minimum never asks', async () => {
		expectRequest('GET', CONVERSATION_PATH, { status: 200, body: conversation() }, requests.sent);
		const run = await executeNode({ parameters: on('get') });
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${CONVERSATION_PATH}`]);
	});
});

describe('ChatWoot versions: the lookup is kept per execution and credential', () => {
	/** A request context of one execution with one credential, counting what it asks. */
	function contextOf(executionId: string, credentialId: string, versions: string[]) {
		const httpRequest = jest.fn(async () => ({ version: versions.shift() }));
		const context = {
			getExecutionId: () => executionId,
			getNode: () => ({ credentials: { chatWootTokenApi: { id: credentialId, name: 'ChatWoot' } } }),
			helpers: { httpRequest },
		} as unknown as IExecuteSingleFunctions;
		return { context, httpRequest };
	}

	test('concurrent items share one lookup; another credential or Base URL gets its own; no token is handed over', async () => {
		const first = contextOf('execution-a', 'credential-1', ['4.15.1']);
		const answers = await Promise.all([1, 2, 3].map(() => serverVersion(first.context, 'https://one.example.com', 'chatWootTokenApi')));
		expect(answers).toEqual(['4.15.1', '4.15.1', '4.15.1']);
		expect(first.httpRequest).toHaveBeenCalledTimes(1);
		expect(first.httpRequest).toHaveBeenCalledWith({
			method: 'GET',
			url: 'https://one.example.com/api',
			headers: { Accept: 'application/json' },
			json: true,
			timeout: 4000,
		});

		const second = contextOf('execution-a', 'credential-2', ['4.18.0']);
		expect(await serverVersion(second.context, 'https://one.example.com', 'chatWootTokenApi')).toBe('4.18.0');
		const elsewhere = contextOf('execution-a', 'credential-1', ['4.13.0']);
		expect(await serverVersion(elsewhere.context, 'https://two.example.com', 'chatWootTokenApi')).toBe('4.13.0');
		expect(second.httpRequest).toHaveBeenCalledTimes(1);
		expect(elsewhere.httpRequest).toHaveBeenCalledTimes(1);
	});

	test('only the most recent lookups are kept, so a long-lived worker does not grow', async () => {
		const asked = jest.fn(async () => ({ version: '4.15.1' }));
		const lookup = (execution: number) =>
			serverVersion(
				{ getExecutionId: () => `worker-${execution}`, getNode: () => ({ credentials: {} }), helpers: { httpRequest: asked } } as unknown as IExecuteSingleFunctions,
				'https://worker.example.com',
				'chatWootTokenApi',
			);
		for (let execution = 0; execution < 500; execution++) await lookup(execution);
		expect(asked).toHaveBeenCalledTimes(500);
		await lookup(499);
		expect(asked).toHaveBeenCalledTimes(500);
		await lookup(0);
		expect(asked).toHaveBeenCalledTimes(501);
	});
});
