import { writeFileSync } from 'fs';
import { join } from 'path';

import { PNG_BYTES } from '../support/fixtures';
import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { BAD_CREDENTIAL_ID, chatWootUpdate, credential, CREDENTIAL_ID, itemsFrom, readFile, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-user-token-5b1d';
const WRONG_TOKEN = 'e2e-wrong-token-77aa';

let mock: ChatWootMock;
let n8n: N8nInstance;

function outputOf(execution: Execution) {
	return execution.run?.data.resultData.runData.ChatWoot?.[0]?.data?.main[0] ?? [];
}

let firstRequestOfTest = 0;

/** The requests this test's execution made to `path`. */
function requestsTo(path: string) {
	return mock.requests.slice(firstRequestOfTest).filter((request) => request.path === path);
}

describe(`ChatWoot node in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		seedContact(account, { name: 'Ann', email: 'ann@example.com' }); // 1
		seedContact(account, { name: 'Bob', custom_attributes: { plan: 'free', seats: 1 } }); // 2
		seedContact(account, { name: 'Cy' }); // 3
		seedContact(account, { name: 'Taken', email: 'taken@example.com' }); // 4

		n8n = new N8nInstance(runtime);
		const avatarPath = join(n8n.filesFolder, 'avatar.png');
		writeFileSync(avatarPath, PNG_BYTES);
		await n8n.importCredentials([
			credential(CREDENTIAL_ID, `${baseUrl}/app/accounts/1/dashboard`, TOKEN),
			credential(BAD_CREDENTIAL_ID, baseUrl, WRONG_TOKEN),
		]);
		const type = n8n.nodeType;
		await n8n.importWorkflows([
			workflow('wfTwoItems', [
				...itemsFrom([
					{ id: 1, name: 'Ann Arbor', plan: 'gold', seats: 5 },
					{ id: 2, name: 'Bob Builder', plan: 'pro', seats: 2 },
				]),
				chatWootUpdate(type, {
					accountId: '1',
					contactId: '={{ $json.id }}',
					updateFields: { name: '={{ $json.name }}', customAttributes: '={{ { plan: $json.plan, seats: $json.seats } }}' },
				}),
			]),
			workflow('wfAvatar', [
				readFile(avatarPath),
				chatWootUpdate(type, {
					accountId: '1',
					contactId: '3',
					updateFields: { avatar: 'data', customAttributes: '{"vip":true,"score":9.5}' },
				}),
			]),
			workflow('wfBadToken', [
				chatWootUpdate(type, { accountId: '1', contactId: '1', updateFields: { name: 'Nope' } }, { credentialId: BAD_CREDENTIAL_ID }),
			]),
			workflow('wfSingleUpdate', [chatWootUpdate(type, { accountId: '1', contactId: '3', updateFields: { name: 'Cy Young' } })]),
			workflow('wfRetried', [
				chatWootUpdate(type, { accountId: '1', contactId: '3', updateFields: { name: 'Cy Retried' } }, { retryOnFail: true }),
			]),
			workflow('wfContinueOnFail', [
				...itemsFrom([
					{ id: 2, email: 'taken@example.com' },
					{ id: 1, email: 'ann.new@example.com' },
				]),
				chatWootUpdate(
					type,
					{ accountId: '1', contactId: '={{ $json.id }}', updateFields: { email: '={{ $json.email }}' } },
					{ continueOnFail: true },
				),
			]),
		]);
	}, 120_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	beforeEach(() => {
		firstRequestOfTest = mock.requests.length;
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('two items with per-item expressions update two contacts', async () => {
		const execution = await n8n.execute('wfTwoItems');
		expect(execution.exitCode).toBe(0);
		const [first, second] = [requestsTo('/api/v1/accounts/1/contacts/1'), requestsTo('/api/v1/accounts/1/contacts/2')];
		expect(first).toHaveLength(1);
		expect(second).toHaveLength(1);
		expect(first[0]).toMatchObject({ method: 'PUT', contentType: 'application/json' });
		expect(first[0].headers['api-access-token']).toBe(TOKEN);
		expect(first[0].body).toEqual({ name: 'Ann Arbor', custom_attributes: { plan: 'gold', seats: 5 } });
		expect(second[0].body).toEqual({ name: 'Bob Builder', custom_attributes: { plan: 'pro', seats: 2 } });
		const output = outputOf(execution);
		expect(output.map((item) => [item.json.id, item.json.name, item.json.custom_attributes])).toEqual([
			[1, 'Ann Arbor', { plan: 'gold', seats: 5 }],
			[2, 'Bob Builder', { plan: 'pro', seats: 2 }],
		]);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	}, 120_000);

	test('an image read from disk becomes the avatar, typed custom attributes intact', async () => {
		const execution = await n8n.execute('wfAvatar');
		expect(execution.exitCode).toBe(0);
		const requests = requestsTo('/api/v1/accounts/1/contacts/3');
		expect(requests).toHaveLength(2);
		expect(requests[0]).toMatchObject({ contentType: 'application/json', body: { custom_attributes: { vip: true, score: 9.5 } } });
		expect(requests[1].contentType).toBe('multipart/form-data');
		expect(requests[1].fields).toEqual([]);
		const [file] = requests[1].files.avatar;
		expect(file).toMatchObject({ fileName: 'avatar.png', contentType: 'image/png' });
		expect(file.bytes.equals(PNG_BYTES)).toBe(true);
		const [contact] = outputOf(execution);
		expect(contact.json.custom_attributes).toEqual({ vip: true, score: 9.5 });
		expect(contact.json.thumbnail).toMatch(/avatar\.png$/);
	}, 120_000);

	test('an invalid token fails the execution with ChatWoot\'s message, never showing the token', async () => {
		const execution = await n8n.execute('wfBadToken');
		expect(execution.exitCode).not.toBe(0);
		expect(execution.output).toContain('ChatWoot answered 401: Invalid Access Token');
		expect(execution.output).not.toContain(WRONG_TOKEN);
		const attempts = requestsTo('/api/v1/accounts/1/contacts/1');
		expect(attempts.length).toBeGreaterThan(0);
		expect(attempts.every((request) => request.headers['api-access-token'] === WRONG_TOKEN)).toBe(true);
	}, 120_000);

	test('Continue On Fail: the bad item carries its error, the good one is updated', async () => {
		const execution = await n8n.execute('wfContinueOnFail');
		expect(execution.exitCode).toBe(0);
		const output = outputOf(execution);
		expect(output).toHaveLength(2);
		expect(String(output[0].json.error)).toContain('Email has already been taken');
		expect(output[1].json).toMatchObject({ id: 1, email: 'ann.new@example.com' });
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	}, 120_000);

	test.each([
		['the rate limit', 'rateLimit', /ChatWoot answered 429/],
		['a server error', 'serverError', /ChatWoot answered 500: Internal Server Error/],
		['a dropped connection', 'reset', /Could not reach ChatWoot at http:\/\/127\.0\.0\.1:\d+: the connection was closed unexpectedly/],
	] as const)('%s fails the execution with a message that says so', async (_label, kind, message) => {
		mock.failNext({ kind });
		const execution = await n8n.execute('wfSingleUpdate');
		expect(execution.exitCode).not.toBe(0);
		expect(execution.output).toMatch(message);
		expect(execution.output).not.toContain(TOKEN);
	}, 120_000);

	// n8n 1.x drops non-JSON error bodies before nodes see them.
	const onV2 = runtime.version.startsWith('2.') ? test : test.skip;
	onV2("the rate limit keeps ChatWoot's plain-text words", async () => {
		mock.failNext({ kind: 'rateLimit' });
		const execution = await n8n.execute('wfSingleUpdate');
		expect(execution.output).toContain('ChatWoot answered 429: Retry later');
	}, 120_000);

	test("Retry On Fail (the 429 hint's advice) gets through a rate limit", async () => {
		mock.failNext({ kind: 'rateLimit' });
		const execution = await n8n.execute('wfRetried');
		expect(execution.exitCode).toBe(0);
		expect(requestsTo('/api/v1/accounts/1/contacts/3')).toHaveLength(2);
		expect(outputOf(execution)[0].json).toMatchObject({ id: 3, name: 'Cy Retried' });
	}, 120_000);
});
