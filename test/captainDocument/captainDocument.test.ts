import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { binaryItem } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/captain/documents';
const doc = { id: 6, name: 'Help', external_link: 'https://acme.com/help', status: 'in_progress' };
const PDF = Buffer.from('%PDF-1.7 minimal');
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainDocument', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['getMany', { parameters: params('getMany', { returnAll: true, captainDocumentFilters: { assistantId: 7 } }), method: 'GET', path: BASE, query: { assistant_id: '7', page: '1' }, reply: { payload: [doc], meta: {} }, output: [doc] }],
	['get', { parameters: params('get', { documentId: '6' }), method: 'GET', path: `${BASE}/6`, reply: doc, output: [doc] }],
	[
		'create from a web page',
		{
			parameters: params('create', { assistantId: '7', source: 'url', externalLink: 'https://acme.com/help', captainDocumentAdditionalFields: { name: 'Help' } }),
			method: 'POST',
			path: BASE,
			body: { document: { external_link: 'https://acme.com/help', name: 'Help', assistant_id: 7 } },
			reply: doc,
			output: [doc],
		},
	],
	['create, answered as { document, message }', { parameters: params('create', { assistantId: '7', externalLink: 'https://acme.com/help' }), method: 'POST', path: BASE, body: { document: { external_link: 'https://acme.com/help', assistant_id: 7 } }, reply: { document: doc, message: 'ok' }, output: [doc] }],
	['delete', { parameters: params('delete', { documentId: '6' }), method: 'DELETE', path: `${BASE}/6`, status: 204, output: [{ success: true }] }],
	['sync', { parameters: params('sync', { documentId: '6' }), method: 'POST', path: `${BASE}/6/sync`, status: 202, reply: doc, output: [doc] }],
];

test.each(cases)('Captain Document → %s', async (_label, expected) => expectOperation(requests, expected));

test('Captain Document → create from a PDF sends multipart with document[pdf_file]', async () => {
	const scope = expectRequest('POST', BASE, { status: 200, body: doc }, requests.sent);
	const run = await executeNode({
		parameters: params('create', { assistantId: '7', source: 'pdf', binaryPropertyName: 'file', captainDocumentAdditionalFields: { name: 'Manual' } }),
		items: [binaryItem(PDF, { property: 'file', fileName: 'manual.pdf', mimeType: 'application/pdf' })],
	});
	scope.done();
	expect(run.error).toBeUndefined();
	const [request] = requests.sent;
	expect(request.contentType).toBe('multipart/form-data');
	expect(request.fields).toEqual([
		['document[name]', 'Manual'],
		['document[assistant_id]', '7'],
	]);
	expect(request.files['document[pdf_file]'][0]).toMatchObject({ fileName: 'manual.pdf', contentType: 'application/pdf' });
	expect(request.files['document[pdf_file]'][0].bytes.equals(PDF)).toBe(true);
	expect(run.items.map((item) => item.json)).toEqual([doc]);
});

test.each([
	['create', { assistantId: '7', externalLink: 'acme.com/help' }, /^URL must be an http:\/\/ or https:\/\/ address, not "acme.com\/help"$/, undefined],
	['create', { assistantId: 'none', externalLink: 'https://acme.com' }, /^Assistant ID must be a positive whole number, not "none"$/, undefined],
	['create', { assistantId: '7', source: 'pdf', binaryPropertyName: 'data' }, /^Input Binary Field: the input item has no binary property "data"$/, undefined],
	['create', { assistantId: '7', source: 'pdf', binaryPropertyName: 'data' }, /^Input Binary Field: "a.png" is not a PDF file$/, [binaryItem(Buffer.from('x'), { fileName: 'a.png', mimeType: 'image/png' })]],
	['delete', { documentId: '0' }, /^Document ID must be a positive whole number, not "0"$/, undefined],
])('Captain Document → %s refuses %j before sending', async (operation, extra, message, items) => expectRefusal(requests, params(operation, extra), message, { items }));
