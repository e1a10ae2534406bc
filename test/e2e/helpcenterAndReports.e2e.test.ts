import { createChatWootMock, seedAgentSummary } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { N8nInstance, runtimeFromEnv } from './n8n';
import type { Execution } from './n8n';
import { chatWootNode, credential, CREDENTIAL_ID, workflow } from './workflows';

const runtime = runtimeFromEnv();
const TOKEN = 'e2e-helpcenter-token-3c9e';

let mock: ChatWootMock;
let n8n: N8nInstance;

function outputOf(execution: Execution, node: string) {
	return execution.run?.data.resultData.runData[node]?.[0]?.data?.main[0] ?? [];
}

describe(`Help center and reports in real n8n ${runtime.version}`, () => {
	beforeAll(async () => {
		mock = createChatWootMock();
		const baseUrl = await mock.start();
		const account = mock.addAccount(1);
		mock.addUser({ name: 'Admin', email: 'admin@example.com', accessToken: TOKEN, accountIds: [1] });
		seedAgentSummary(account, [
			{ id: 1, conversations_count: 4, resolved_conversations_count: 3, avg_resolution_time: 600, avg_first_response_time: 60, avg_reply_time: 30 },
			{ id: 2, conversations_count: 1, resolved_conversations_count: 0, avg_resolution_time: null, avg_first_response_time: null, avg_reply_time: null },
		]);
		n8n = new N8nInstance(runtime);
		await n8n.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
		await n8n.importWorkflows([
			workflow('wfPublishArticle', [
				chatWootNode(n8n.nodeType, 'Portal', { resource: 'portal', operation: 'create', name: 'Handbook', slug: 'handbook', portalAdditionalFields: { allowedLocales: 'en, fr', defaultLocale: 'en' } }),
				chatWootNode(n8n.nodeType, 'Category', { resource: 'category', operation: 'create', portalSlug: '={{ $json.slug }}', name: 'Billing', slug: 'billing', locale: 'en' }),
				chatWootNode(n8n.nodeType, 'Article', {
					resource: 'article',
					operation: 'create',
					portalSlug: "={{ $('Portal').item.json.slug }}",
					title: 'Refunds',
					content: '## Refunds\nWrite to us.',
					authorId: { __rl: true, mode: 'id', value: '1' },
					articleAdditionalFields: { status: 1, categoryId: '={{ $json.id }}' },
				}),
			]),
			workflow('wfAgentSummary', [
				chatWootNode(n8n.nodeType, 'Agent Summary', {
					resource: 'report',
					operation: 'getAgentSummary',
					since: '2025-01-01T00:00:00+00:00',
					until: '2025-01-31T00:00:00+00:00',
					reportOptions: { businessHours: true },
				}),
			]),
		]);
	}, 240_000);

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
	});

	test('publishes an article: portal, then category, then a published article in it', async () => {
		const execution = await n8n.execute('wfPublishArticle');
		expect(execution.exitCode).toBe(0);
		const sent = mock.requests.filter((request) => request.method === 'POST');
		expect(sent.map((request) => request.path)).toEqual([
			'/api/v1/accounts/1/portals',
			'/api/v1/accounts/1/portals/handbook/categories',
			'/api/v1/accounts/1/portals/handbook/articles',
		]);
		expect(sent[0].body).toEqual({ name: 'Handbook', slug: 'handbook', config: { allowed_locales: ['en', 'fr'], default_locale: 'en' } });
		const categoryId = outputOf(execution, 'Category')[0].json.id;
		expect(sent[2].body).toEqual({ title: 'Refunds', content: '## Refunds\nWrite to us.', author_id: 1, status: 1, category_id: categoryId });
		expect(outputOf(execution, 'Article').map((item) => item.json)).toEqual([
			expect.objectContaining({ title: 'Refunds', status: 'published', category_id: categoryId }),
		]);
		expect(mock.contractViolations()).toEqual([]);
	});

	test('pulls the agent summary report into one item per agent', async () => {
		const execution = await n8n.execute('wfAgentSummary');
		expect(execution.exitCode).toBe(0);
		const sent = mock.requests.filter((request) => request.path === '/api/v2/accounts/1/summary_reports/agent');
		expect(sent).toHaveLength(1);
		expect(sent[0].query).toEqual({ since: '1735689600', until: '1738281600', business_hours: 'true' });
		expect(outputOf(execution, 'Agent Summary').map((item) => item.json)).toEqual([
			{ id: 1, conversations_count: 4, resolved_conversations_count: 3, avg_resolution_time: 600, avg_first_response_time: 60, avg_reply_time: 30 },
			{ id: 2, conversations_count: 1, resolved_conversations_count: 0, avg_resolution_time: null, avg_first_response_time: null, avg_reply_time: null },
		]);
		expect(mock.contractViolations()).toEqual([]);
	});
});
