import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/bulk_actions';
const base = { resource: 'bulkAction', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Update Conversations sends status, assignee, team and labels',
		{
			parameters: {
				...base,
				operation: 'updateConversations',
				ids: '12,15',
				bulkActionUpdateFields: { status: 'resolved', assigneeId: '4', teamId: { __rl: true, mode: 'id', value: '2' }, addLabels: ['vip'], removeLabels: ['new'] },
			},
			method: 'POST',
			path: PATH,
			body: { type: 'Conversation', ids: [12, 15], fields: { status: 'resolved', assignee_id: 4, team_id: 2 }, labels: { add: ['vip'], remove: ['new'] } },
			output: [{ success: true }],
		},
	],
	[
		'Update Contacts sends the label changes',
		{
			parameters: { ...base, operation: 'updateContacts', ids: '7', bulkActionUpdateFields: { addLabels: ['lead'] } },
			method: 'POST',
			path: PATH,
			body: { type: 'Contact', ids: [7], labels: { add: ['lead'] } },
			output: [{ success: true }],
		},
	],
	[
		'Delete Contacts sends action_name delete',
		{
			parameters: { ...base, operation: 'deleteContacts', ids: '7, 8' },
			method: 'POST',
			path: PATH,
			body: { type: 'Contact', action_name: 'delete', ids: [7, 8] },
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['updateConversations', { ids: '12, x' }, /Conversation IDs: "x" is not an ID/],
	['deleteContacts', { ids: '0' }, /Contact IDs: "0" is not an ID/],
])('%s refuses bad IDs before sending', async (operation, parameters, message) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, message),
);
