import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/macros';
const closeOut = { id: 2, name: 'Close out', visibility: 'global', actions: [{ action_name: 'resolve_conversation', action_params: [] }] };
const base = { resource: 'macro', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many returns payload, one item per macro',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: PATH,
			reply: { payload: [closeOut] },
			output: [closeOut],
		},
	],
	[
		'Get unwraps payload',
		{
			parameters: { ...base, operation: 'get', macroId: '2' },
			method: 'GET',
			path: `${PATH}/2`,
			reply: { payload: closeOut },
			output: [closeOut],
		},
	],
	[
		'Create sends name, visibility and actions',
		{
			parameters: {
				...base,
				operation: 'create',
				name: 'Close out',
				visibility: 'global',
				actions: { action: [{ actionName: 'add_label', actionParams: 'done' }, { actionName: 'resolve_conversation', actionParams: '' }] },
			},
			method: 'POST',
			path: PATH,
			body: {
				name: 'Close out',
				visibility: 'global',
				actions: [
					{ action_name: 'add_label', action_params: ['done'] },
					{ action_name: 'resolve_conversation', action_params: [] },
				],
			},
			reply: { payload: closeOut },
			output: [closeOut],
		},
	],
	[
		'Update sends only the visibility',
		{
			parameters: { ...base, operation: 'update', macroId: '2', macroUpdateFields: { visibility: 'personal' } },
			method: 'PATCH',
			path: `${PATH}/2`,
			body: { visibility: 'personal' },
			reply: { payload: { ...closeOut, visibility: 'personal' } },
			output: [{ ...closeOut, visibility: 'personal' }],
		},
	],
	[
		'Execute sends the conversation IDs as numbers',
		{
			parameters: { ...base, operation: 'execute', macroId: '2', conversationIds: '12, 15' },
			method: 'POST',
			path: `${PATH}/2/execute`,
			body: { conversation_ids: [12, 15] },
			output: [{ success: true }],
		},
	],
	[
		'Delete outputs success',
		{
			parameters: { ...base, operation: 'delete', macroId: '2' },
			method: 'DELETE',
			path: `${PATH}/2`,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['execute', { macroId: '2', conversationIds: '12, abc' }, /Conversation IDs: "abc" is not an ID/],
	['execute', { macroId: '2', conversationIds: ' , ' }, /Conversation IDs is required/],
	['create', { name: 'x', visibility: 'personal' }, /Actions: add at least one action/],
	['get', { macroId: '2a' }, /Macro ID must be a positive whole number/],
])('%s refuses bad input before sending', async (operation, parameters, message) =>
	expectRefusal(requests, { ...base, operation, ...parameters }, message),
);
