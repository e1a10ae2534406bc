import nock from 'nock';
import { NodeConnectionTypes } from 'n8n-workflow';
import type { ICredentialTestRequest, ICredentialType, INodeType } from 'n8n-workflow';

import { ChatWootAgentBotApi } from '../credentials/ChatWootAgentBotApi.credentials';
import { ChatWootTokenApi } from '../credentials/ChatWootTokenApi.credentials';
import { ACCESS_TOKEN, BASE_URL, executeNode } from './harness/executeNode';
import { expectRequest } from './support/nockChatWoot';
import type { CapturedRequest } from './support/nockChatWoot';

const credential = new ChatWootTokenApi();
const botCredential = new ChatWootAgentBotApi();

/** n8n's credential tester runs the test request as a declarative node of its own; so does this. */
const testRequestNode = (tested: ICredentialType & { test: ICredentialTestRequest }): INodeType => ({
	description: {
		displayName: 'Credential Test',
		name: 'credentialTest',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: { name: 'Credential Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: tested.name, required: true }],
		requestDefaults: {},
		properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: tested.test.request } }],
	},
});

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.restore());
afterEach(() => nock.cleanAll());

describe('ChatWoot API credential', () => {
	test('Test calls GET /api/v1/profile with the token header, at the instance root of a pasted dashboard address', async () => {
		const sent: CapturedRequest[] = [];
		const profile = { id: 1, name: 'Agent', accounts: [{ id: 1, name: 'Acme' }] };
		const scope = expectRequest('GET', '/api/v1/profile', { status: 200, body: profile }, sent);
		const run = await executeNode({
			nodeType: testRequestNode(credential),
			parameters: {},
			credentials: { baseUrl: `${BASE_URL}/app/accounts/1/dashboard`, accessToken: ACCESS_TOKEN },
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ method: 'GET', path: '/api/v1/profile', query: {}, contractProblems: [] });
		expect(sent[0].headers['api-access-token']).toBe(ACCESS_TOKEN);
		expect(sent[0].headers).not.toHaveProperty('authorization');
	});

	test('authenticate sends the token as Api-Access-Token (nginx drops api_access_token) and normalizes the Base URL', async () => {
		const options = await credential.authenticate(
			{ baseUrl: 'https://chat.example.com/', accessToken: 't0k' },
			{ url: '/api/v1/profile', baseURL: 'https://chat.example.com/', headers: { Accept: 'application/json' } },
		);
		expect(options).toEqual({
			url: '/api/v1/profile',
			baseURL: 'https://chat.example.com',
			headers: { Accept: 'application/json', 'Api-Access-Token': 't0k' },
		});
	});
});

describe('ChatWoot Agent Bot API credential', () => {
	/**
	 * Whatever the status, the answer's body reaches n8n's credential tester, which applies the
	 * credential's rules to it (the editor end-to-end suite presses Test in real n8n).
	 */
	const failingRule = (body: unknown) =>
		botCredential.test.rules?.find((rule) => rule.type === 'responseSuccessBody' && (body as Record<string, unknown>)?.error === rule.properties.value)?.properties.message;

	test.each([
		['ChatWoot looked the account up: the token was accepted', 404, { error: 'Resource could not be found' }, undefined],
		['an invalid token', 401, { error: 'Invalid Access Token' }, /rejected the token/],
		["a platform app's token", 401, { error: 'Access to this endpoint is not authorized for bots' }, /platform app's token/],
		['a failing ChatWoot', 500, { status: 500, error: 'Internal Server Error' }, /failed to answer \(500\)/],
		['another API', 404, { message: 'Not Found' }, /not like ChatWoot/],
		['a web page', 404, '<!DOCTYPE html><html><body>Not here</body></html>', /not like ChatWoot/],
	])('%s: Toggle Status of conversation 0 of account 0 with the bot token, its answer read whatever the status', async (_label, status, body, failure) => {
		const sent: CapturedRequest[] = [];
		const scope = expectRequest('POST', '/api/v1/accounts/0/conversations/0/toggle_status', { status, body }, sent);
		const run = await executeNode({
			nodeType: testRequestNode(botCredential),
			parameters: {},
			credentials: { baseUrl: `${BASE_URL}/app/accounts/3/dashboard`, accessToken: ACCESS_TOKEN },
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(sent).toHaveLength(1);
		expect(sent[0].headers['api-access-token']).toBe(ACCESS_TOKEN);
		const [answer] = run.items;
		if (typeof body === 'object') expect(answer.json).toEqual(body);
		const message = failingRule(answer.json);
		if (failure) expect(message).toMatch(failure);
		else expect(message).toBeUndefined();
	});
});
