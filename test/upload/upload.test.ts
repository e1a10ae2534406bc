import { executeNode } from '../harness/executeNode';
import { binaryItem } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/upload';
const base = { resource: 'upload', operation: 'create', accountId: '1' };
const stored = { file_url: 'https://chat.example.com/rails/active_storage/blobs/x/report.pdf', blob_id: 'eyJfcmFpbHMi--abc' };

test('a binary file goes as the multipart part attachment', async () => {
	const bytes = Buffer.from('%PDF-1.4 test');
	const scope = expectRequest('POST', PATH, { status: 200, body: stored }, requests.sent);
	const run = await executeNode({
		parameters: { ...base, source: 'binary', binaryPropertyName: 'file' },
		items: [binaryItem(bytes, { property: 'file', fileName: 'report.pdf', mimeType: 'application/pdf' })],
	});
	scope.done();
	expect(run.error).toBeUndefined();
	expect(requests.sent[0].contentType).toBe('multipart/form-data');
	expect(requests.sent[0].files.attachment).toEqual([{ fileName: 'report.pdf', contentType: 'application/pdf', bytes }]);
	expect(requests.sent[0].fields).toEqual([]);
	expect(run.items.map((item) => item.json)).toEqual([stored]);
});

test('a URL goes as external_url', async () =>
	expectOperation(requests, {
		parameters: { ...base, source: 'url', externalUrl: 'https://example.com/logo.png' },
		method: 'POST',
		path: PATH,
		body: { external_url: 'https://example.com/logo.png' },
		reply: stored,
		output: [stored],
	}));

test.each([
	['a missing binary property', { source: 'binary', binaryPropertyName: 'nope' }, /Input Binary Field: the input item has no binary property "nope"/],
	['a URL that is not http(s)', { source: 'url', externalUrl: 'file:///etc/passwd' }, /File URL must be an http/],
])('%s is refused before sending', async (_name, parameters, message) => {
	tripwire(requests.sent);
	const run = await executeNode({ parameters: { ...base, ...parameters } });
	expect(run.error?.message).toMatch(message);
	expect(requests.sent).toEqual([]);
});
