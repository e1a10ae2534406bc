import nock from 'nock';
import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType } from 'n8n-workflow';

import { ChatWootTokenApi } from '../credentials/ChatWootTokenApi.credentials';
import { ACCESS_TOKEN, BASE_URL, executeNode } from './harness/executeNode';
import { expectRequest } from './support/nockChatWoot';
import type { CapturedRequest } from './support/nockChatWoot';

const credential = new ChatWootTokenApi();

/** n8n's credential tester runs the test request as a declarative node of its own; so does this. */
const testRequestNode: INodeType = {
	description: {
		displayName: 'Credential Test',
		name: 'credentialTest',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: { name: 'Credential Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: credential.name, required: true }],
		requestDefaults: {},
		properties: [
			{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: credential.test.request } },
		],
	},
};

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.restore());
afterEach(() => nock.cleanAll());

describe('ChatWoot API credential', () => {
	test('Test calls GET /api/v1/profile with the token header, at the instance root of a pasted dashboard address', async () => {
		const sent: CapturedRequest[] = [];
		const profile = { id: 1, name: 'Agent', accounts: [{ id: 1, name: 'Acme' }] };
		const scope = expectRequest('GET', '/api/v1/profile', { status: 200, body: profile }, sent);
		const run = await executeNode({
			nodeType: testRequestNode,
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
