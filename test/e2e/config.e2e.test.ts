import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { credential, CREDENTIAL_ID, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-config-token-41c2';

let mock: ChatWootMock;
let n8n: N8nInstance;

/** A ChatWoot node of the workflow; list steps run once, whatever number of items reaches them. */
function chatWootStep(nodeType: string, name: string, parameters: Record<string, unknown>, executeOnce = false) {
	const step = {
		name,
		type: nodeType,
		typeVersion: 1,
		parameters: { accountId: '1', ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
		executeOnce,
	};
	return step;
}

function outputOf(execution: Execution, node: string) {
	return (execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? []).map((item) => item.json);
}

describe(`ChatWoot account configuration in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		mock.addAccount(1);
		mock.addUser({ name: 'Admin', email: 'admin@example.com', accessToken: TOKEN, accountIds: [1] });
		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		const type = n8n.nodeType;
		await n8n.importWorkflows([
			workflow('wfConfig', [
				chatWootStep(type, 'Create Canned Response', { resource: 'cannedResponse', operation: 'create', shortCode: 'welcome', content: 'Hello {{contact.name}}!' }),
				chatWootStep(type, 'Create Label', {
					resource: 'label',
					operation: 'create',
					title: 'billing',
					labelAdditionalFields: { description: 'Money matters', showOnSidebar: true },
				}),
				chatWootStep(type, 'List Canned Responses', { resource: 'cannedResponse', operation: 'getMany', returnAll: true }, true),
				chatWootStep(type, 'List Labels', { resource: 'label', operation: 'getMany', returnAll: true }, true),
			]),
		]);
	}, 120_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('a canned response and a label are created, then listed', async () => {
		const execution = await n8n.execute('wfConfig');
		expect(execution.exitCode).toBe(0);
		const sent = mock.requests.map((request) => [request.method, request.path, request.body]);
		expect(sent).toEqual([
			['POST', '/api/v1/accounts/1/canned_responses', { canned_response: { short_code: 'welcome', content: 'Hello {{contact.name}}!' } }],
			['POST', '/api/v1/accounts/1/labels', { label: { title: 'billing', description: 'Money matters', show_on_sidebar: true } }],
			['GET', '/api/v1/accounts/1/canned_responses', undefined],
			['GET', '/api/v1/accounts/1/labels', undefined],
		]);
		expect(mock.requests.every((request) => request.headers['api-access-token'] === TOKEN)).toBe(true);
		const cannedResponse = { id: 1, account_id: 1, short_code: 'welcome', content: 'Hello {{contact.name}}!' };
		const label = { id: 1, title: 'billing', description: 'Money matters', color: '#1f93ff', show_on_sidebar: true };
		expect(outputOf(execution, 'Create Canned Response')).toEqual([cannedResponse]);
		expect(outputOf(execution, 'Create Label')).toEqual([label]);
		expect(outputOf(execution, 'List Canned Responses')).toEqual([cannedResponse]);
		expect(outputOf(execution, 'List Labels')).toEqual([label]);
	}, 120_000);
});
