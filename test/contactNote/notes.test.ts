import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';

const requests = recordChatWootRequests();
const NOTES = '/api/v1/accounts/1/contacts/42/notes';
const note = { id: 5, content: 'Called back', account_id: 1, contact_id: 42, created_at: 1764000000, updated_at: 1764000000 };

const params = (operation: string, parameters: INodeParameters = {}): INodeParameters => ({
	resource: 'contactNote',
	operation,
	accountId: '1',
	noteContactId: '42',
	...parameters,
});
const run = (operation: string, parameters: INodeParameters = {}) => executeNode({ parameters: params(operation, parameters) });

describe('Contact Note', () => {
	test.each([
		['create', { content: 'Called back' }, 'POST', NOTES, { note: { content: 'Called back' } }, note, [note]],
		['get', { noteId: '5' }, 'GET', `${NOTES}/5`, undefined, note, [note]],
		['getMany', { returnAll: true }, 'GET', NOTES, undefined, [note, { ...note, id: 4 }], [note, { ...note, id: 4 }]],
		['update', { noteId: '5', content: 'Called twice' }, 'PATCH', `${NOTES}/5`, { note: { content: 'Called twice' } }, note, [note]],
		['delete', { noteId: '5' }, 'DELETE', `${NOTES}/5`, undefined, '', [{ success: true }]],
	] as Array<[string, INodeParameters, string, string, unknown, unknown, unknown[]]>)('%s', async (operation, parameters, method, path, body, reply, output) =>
		await expectOperation(requests, { parameters: params(operation, parameters), method, path, body, reply, output }),
	);

	test('Get Many with Limit trims the list', async () => {
		const scope = expectRequest('GET', NOTES, { status: 200, body: [note, { ...note, id: 4 }, { ...note, id: 3 }] }, requests.sent);
		const result = await run('getMany', { returnAll: false, limit: 2 });
		scope.done();
		expect(result.items.map((item) => item.json.id)).toEqual([5, 4]);
	});

	describe('bad input', () => {
		test.each([
			['create', { content: '={{ "  " }}' }, /^Content is required$/],
			['update', { noteId: 'x', content: 'a' }, /^Note ID must be a positive whole number, not "x"$/],
			['get', { noteId: '5', noteContactId: '0' }, /^Note Contact ID must be a positive whole number, not "0"$/],
		] as Array<[string, INodeParameters, RegExp]>)('%s %j', async (operation, parameters, message) =>
			await expectRefusal(requests, params(operation, parameters), message),
		);
	});
});
