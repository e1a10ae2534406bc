import type { INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { binaryItem } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const BASE = '/api/v1/accounts/1/whatsapp_calls/5';
const call = { id: 5, status: 'ringing', direction: 'incoming' };
const AUDIO = Buffer.from('OggS fake audio');
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'whatsappCall', operation, accountId: '1', callId: '5', ...extra });

const cases: Array<[string, OperationCase]> = [
	['get', { parameters: params('get'), method: 'GET', path: BASE, reply: call, output: [call] }],
	['reject', { parameters: params('reject'), method: 'POST', path: `${BASE}/reject`, reply: { ...call, status: 'rejected' }, output: [{ ...call, status: 'rejected' }] }],
	['terminate', { parameters: params('terminate'), method: 'POST', path: `${BASE}/terminate`, reply: { ...call, status: 'completed' }, output: [{ ...call, status: 'completed' }] }],
];

test.each(cases)('WhatsApp Call → %s', async (_label, expected) => expectOperation(requests, expected));

test('WhatsApp Call → uploadRecording sends the audio in a recording part', async () => {
	const scope = expectRequest('POST', `${BASE}/upload_recording`, { status: 200, body: { status: 'uploaded' } }, requests.sent);
	const run = await executeNode({
		parameters: params('uploadRecording', { binaryPropertyName: 'audio' }),
		items: [binaryItem(AUDIO, { property: 'audio', fileName: 'call.ogg', mimeType: 'audio/ogg' })],
	});
	scope.done();
	expect(run.error).toBeUndefined();
	const [request] = requests.sent;
	expect(request.contentType).toBe('multipart/form-data');
	expect(request.fields).toEqual([]);
	expect(request.files.recording[0]).toMatchObject({ fileName: 'call.ogg', contentType: 'audio/ogg' });
	expect(request.files.recording[0].bytes.equals(AUDIO)).toBe(true);
	expect(run.items.map((item) => item.json)).toEqual([{ status: 'uploaded' }]);
});

test.each([
	['get', { callId: 'c5' }, /^Call ID must be a positive whole number, not "c5"$/, undefined],
	['uploadRecording', { binaryPropertyName: 'data' }, /^Input Binary Field: "x.pdf" is not an audio file$/, [binaryItem(Buffer.from('%PDF'), { fileName: 'x.pdf', mimeType: 'application/pdf' })]],
])('WhatsApp Call → %s refuses %j before sending', async (operation, extra, message, items) => expectRefusal(requests, params(operation, extra), message, { items }));
