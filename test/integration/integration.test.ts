import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const I = '/api/v1/accounts/1/integrations';
const base = { resource: 'integration', accountId: '1' };
const hook = { id: 5, app_id: 'openai', status: true, settings: { api_key: 'k' } };

const cases: Array<[string, OperationCase]> = [
	['Get Many Apps', { parameters: { ...base, operation: 'getManyApps', returnAll: true }, method: 'GET', path: `${I}/apps`, reply: { payload: [{ id: 'slack' }, { id: 'openai' }] }, output: [{ id: 'slack' }, { id: 'openai' }] }],
	['Get App by key', { parameters: { ...base, operation: 'getApp', appKey: 'openai' }, method: 'GET', path: `${I}/apps/openai`, reply: { id: 'openai', fields: [] }, output: [{ id: 'openai', fields: [] }] }],
	[
		'Create Hook wraps in hook with parsed settings',
		{
			parameters: { ...base, operation: 'createHook', appKey: 'openai', integrationAdditionalFields: { settings: '{"api_key":"k"}', enabled: true, inboxId: 3 } },
			method: 'POST',
			path: `${I}/hooks`,
			body: { hook: { app_id: 'openai', settings: { api_key: 'k' }, status: 1, inbox_id: 3 } },
			reply: hook,
			output: [hook],
		},
	],
	['Update Hook', { parameters: { ...base, operation: 'updateHook', hookId: '5', integrationUpdateFields: { enabled: false } }, method: 'PATCH', path: `${I}/hooks/5`, body: { hook: { status: 0 } }, reply: hook, output: [hook] }],
	['Delete Hook', { parameters: { ...base, operation: 'deleteHook', hookId: '5' }, method: 'DELETE', path: `${I}/hooks/5`, output: [{ success: true }] }],
	[
		'Process Event',
		{
			parameters: { ...base, operation: 'processEvent', hookId: '5', eventName: 'summarize', eventData: '{"conversation_display_id":12}' },
			method: 'POST',
			path: `${I}/hooks/5/process_event`,
			body: { event: { name: 'summarize', data: { conversation_display_id: 12 } } },
			reply: { message: 'Summary' },
			output: [{ message: 'Summary' }],
		},
	],
	['Get Many Slack Channels', { parameters: { ...base, operation: 'listSlackChannels', returnAll: true }, method: 'GET', path: `${I}/slack/list_all_channels`, reply: [{ id: 'C1', name: 'support' }], output: [{ id: 'C1', name: 'support' }] }],
	['Update Slack', { parameters: { ...base, operation: 'updateSlack', referenceId: 'C1' }, method: 'PATCH', path: `${I}/slack`, body: { reference_id: 'C1' }, reply: hook, output: [hook] }],
	['Delete Slack', { parameters: { ...base, operation: 'deleteSlack' }, method: 'DELETE', path: `${I}/slack`, output: [{ success: true }] }],
	['Create Dyte Meeting', { parameters: { ...base, operation: 'createDyteMeeting', conversationId: 12 }, method: 'POST', path: `${I}/dyte/create_a_meeting`, body: { conversation_id: 12 }, reply: { id: 99 }, output: [{ id: 99 }] }],
	['Add Dyte Participant', { parameters: { ...base, operation: 'addDyteParticipant', messageId: 99 }, method: 'POST', path: `${I}/dyte/add_participant_to_meeting`, body: { message_id: 99 }, reply: { authToken: 't' }, output: [{ authToken: 't' }] }],
	['Get Many Shopify Orders', { parameters: { ...base, operation: 'getShopifyOrders', shopifyContactId: 7, returnAll: true }, method: 'GET', path: `${I}/shopify/orders`, query: { contact_id: '7' }, reply: { orders: [{ id: 1 }] }, output: [{ id: 1 }] }],
	['Delete Shopify', { parameters: { ...base, operation: 'deleteShopify' }, method: 'DELETE', path: `${I}/shopify`, output: [{ success: true }] }],
	['Delete Notion', { parameters: { ...base, operation: 'deleteNotion' }, method: 'DELETE', path: `${I}/notion`, output: [{ success: true }] }],
	['Delete Linear', { parameters: { ...base, operation: 'deleteLinear' }, method: 'DELETE', path: `${I}/linear`, output: [{ success: true }] }],
	['Get Many Linear Teams', { parameters: { ...base, operation: 'getLinearTeams', returnAll: true }, method: 'GET', path: `${I}/linear/teams`, reply: [{ id: 't1' }], output: [{ id: 't1' }] }],
	['Get Linear Team Entities', { parameters: { ...base, operation: 'getLinearTeamEntities', linearTeamId: 't1' }, method: 'GET', path: `${I}/linear/team_entities`, query: { team_id: 't1' }, reply: { users: [] }, output: [{ users: [] }] }],
	['Search Linear Issues', { parameters: { ...base, operation: 'searchLinearIssues', q: 'crash', returnAll: true }, method: 'GET', path: `${I}/linear/search_issue`, query: { q: 'crash' }, reply: [{ id: 'i1' }], output: [{ id: 'i1' }] }],
	['Get Many Linked Linear Issues', { parameters: { ...base, operation: 'getLinkedLinearIssues', conversationId: 12, returnAll: true }, method: 'GET', path: `${I}/linear/linked_issues`, query: { conversation_id: '12' }, reply: [{ id: 'l1' }], output: [{ id: 'l1' }] }],
	['Link Linear Issue', { parameters: { ...base, operation: 'linkLinearIssue', conversationId: 12, issueId: 'ENG-1', integrationAdditionalFields: { title: 'Crash' } }, method: 'POST', path: `${I}/linear/link_issue`, body: { conversation_id: 12, issue_id: 'ENG-1', title: 'Crash' }, reply: { id: 'l1' }, output: [{ id: 'l1' }] }],
	['Unlink Linear Issue', { parameters: { ...base, operation: 'unlinkLinearIssue', conversationId: 12, linkId: 'l1', issueId: 'ENG-1' }, method: 'POST', path: `${I}/linear/unlink_issue`, body: { conversation_id: 12, link_id: 'l1', issue_id: 'ENG-1' }, reply: { success: true }, output: [{ success: true }] }],
	[
		'Create Linear Issue',
		{
			parameters: { ...base, operation: 'createLinearIssue', conversationId: 12, linearTeamId: 't1', title: 'Crash', integrationAdditionalFields: { priority: 2, labelIds: 'a, b' } },
			method: 'POST',
			path: `${I}/linear/create_issue`,
			body: { conversation_id: 12, team_id: 't1', title: 'Crash', priority: 2, label_ids: ['a', 'b'] },
			reply: { id: 'ENG-2' },
			output: [{ id: 'ENG-2' }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['createHook', { appKey: 'openai', integrationAdditionalFields: { settings: '{nope' } }, /Settings is not valid JSON/],
	['processEvent', { hookId: '5', eventName: 'x', eventData: '[1]' }, /Event Data must be a JSON object/],
	['deleteHook', { hookId: 'h' }, /Hook ID must be a positive whole number/],
	['getApp', { appKey: '  ' }, /App Key is required/],
])('%s refuses bad input before sending', async (operation, parameters, message) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, message),
);
