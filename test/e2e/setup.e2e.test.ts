import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { credential, CREDENTIAL_ID, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-admin-token-41c7';

let mock: ChatWootMock;
let n8n: N8nInstance;

/** A ChatWoot node of the workflow; `executeOnce` where the node before it outputs one item per agent. */
function chatWoot(name: string, parameters: Record<string, unknown>, executeOnce = false) {
	return {
		name,
		type: n8n.nodeType,
		typeVersion: 1,
		parameters: { accountId: { __rl: true, mode: 'id', value: '1' }, ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
		...(executeOnce ? { executeOnce: true } : {}),
	};
}

const outputOf = (execution: Execution, node: string) =>
	(execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? []).map((item) => item.json);

describe(`Account setup in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		mock.addAccount(1);
		mock.addUser({ name: 'Admin', email: 'admin@acme.io', accessToken: TOKEN, accountIds: [1] }); // 1
		mock.addUser({ name: 'Ann', email: 'ann@acme.io', accessToken: 'ann-token', accountIds: [1] }); // 2
		mock.addUser({ name: 'Bob', email: 'bob@acme.io', accessToken: 'bob-token', accountIds: [1] }); // 3

		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		await n8n.importWorkflows([
			workflow('wfSetUpTeamAndInbox', [
				chatWoot('Create Team', {
					resource: 'team',
					operation: 'create',
					name: 'Billing',
					teamAdditionalFields: { description: 'Invoices and refunds' },
				}),
				chatWoot('Add Team Members', {
					resource: 'team',
					operation: 'addMembers',
					teamId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					agentIds: '={{ [2, 3] }}',
				}),
				chatWoot(
					'Create Inbox',
					{
						resource: 'inbox',
						operation: 'create',
						name: 'Billing API',
						channelType: 'api',
						channelOptions: { webhookUrl: 'https://n8n.example.com/webhook/billing' },
					},
					true,
				),
				chatWoot('Add Inbox Members', {
					resource: 'inbox',
					operation: 'addMembers',
					inboxId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					agentIds: '={{ [2, 3] }}',
				}),
			]),
		]);
	}, 180_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	afterEach(() => {
		expect(mock.contractViolations()).toEqual([]);
	});

	test('set up a team and an inbox with members', async () => {
		const execution = await n8n.execute('wfSetUpTeamAndInbox');
		expect(execution.exitCode).toBe(0);
		const sent = mock.requests.map((request) => [request.method, request.path, request.body]);
		expect(sent).toEqual([
			['POST', '/api/v1/accounts/1/teams', { name: 'Billing', description: 'Invoices and refunds' }],
			['POST', '/api/v1/accounts/1/teams/1/team_members', { user_ids: [2, 3] }],
			['POST', '/api/v1/accounts/1/inboxes', { name: 'Billing API', channel: { type: 'api', webhook_url: 'https://n8n.example.com/webhook/billing' } }],
			['POST', '/api/v1/accounts/1/inbox_members', { inbox_id: 2, user_ids: [2, 3] }],
		]);
		expect(outputOf(execution, 'Create Team')).toEqual([expect.objectContaining({ id: 1, name: 'billing' })]);
		expect(outputOf(execution, 'Add Team Members').map((agent) => agent.email)).toEqual(['ann@acme.io', 'bob@acme.io']);
		expect(outputOf(execution, 'Create Inbox')).toEqual([expect.objectContaining({ id: 2, channel_type: 'Channel::Api' })]);
		expect(outputOf(execution, 'Add Inbox Members').map((agent) => agent.id)).toEqual([2, 3]);
	}, 180_000);
});
