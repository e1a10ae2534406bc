import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { identifierHash } from '../../nodes/ChatWootClient/shared';
import { BASE_URL, executeNode } from '../harness/executeNode';
import { binaryItem, JPEG_BYTES, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const nodeType = new ChatWootClient();

const INBOX = 'inbox-Ab12';
const HMAC_TOKEN = 'hmac-SECRET-9d1';
const credentials = { baseUrl: `${BASE_URL}/app/accounts/1/dashboard`, inboxIdentifier: INBOX, hmacToken: '' };
const signedCredentials = { ...credentials, hmacToken: HMAC_TOKEN };
const CONTACT = '/public/api/v1/inboxes/inbox-Ab12/contacts/src-42';
const CONVERSATION = `${CONTACT}/conversations/5`;

const contact = { id: 42, source_id: 'src-42', pubsub_token: 'ps', name: 'Ann', email: 'ann@acme.inc' };
const conversation = { id: 5, inbox_id: 2, status: 'open', messages: [] };
const message = { id: 900, content: 'Hello', message_type: 0 };

const cases: Array<OperationCase & { label: string }> = [
	{
		label: 'Inbox → Get',
		parameters: { resource: 'inbox', operation: 'get' },
		method: 'GET',
		path: '/public/api/v1/inboxes/inbox-Ab12',
		reply: { identifier: INBOX, name: 'Support', identity_validation_enabled: false },
		output: [{ identifier: INBOX, name: 'Support', identity_validation_enabled: false }],
	},
	{
		label: 'Contact → Create without an HMAC token sends no identifier_hash',
		parameters: { resource: 'contact', operation: 'create', additionalFields: { name: 'Ann', identifier: 'crm-1', customAttributes: '{"plan":"pro"}' } },
		method: 'POST',
		path: '/public/api/v1/inboxes/inbox-Ab12/contacts',
		body: { name: 'Ann', identifier: 'crm-1', custom_attributes: { plan: 'pro' } },
		reply: contact,
		output: [contact],
	},
	{
		label: 'Contact → Get',
		parameters: { resource: 'contact', operation: 'get', contactIdentifier: 'src-42' },
		method: 'GET',
		path: CONTACT,
		reply: contact,
		output: [contact],
	},
	{
		label: 'Contact → Update',
		parameters: { resource: 'contact', operation: 'update', contactIdentifier: 'src-42', updateFields: { email: 'ann@new.inc' } },
		method: 'PATCH',
		path: CONTACT,
		body: { email: 'ann@new.inc' },
		reply: contact,
		output: [contact],
	},
	{
		label: 'Conversation → Create',
		parameters: { resource: 'conversation', operation: 'create', contactIdentifier: 'src-42', additionalFields: { customAttributes: '{"order":"A-1"}' } },
		method: 'POST',
		path: `${CONTACT}/conversations`,
		body: { custom_attributes: { order: 'A-1' } },
		reply: conversation,
		output: [conversation],
	},
	{
		label: 'Conversation → Get Many',
		parameters: { resource: 'conversation', operation: 'getMany', contactIdentifier: 'src-42', returnAll: true },
		method: 'GET',
		path: `${CONTACT}/conversations`,
		reply: [conversation, { ...conversation, id: 6 }],
		output: [conversation, { ...conversation, id: 6 }],
	},
	{
		label: 'Conversation → Get',
		parameters: { resource: 'conversation', operation: 'get', contactIdentifier: 'src-42', conversationId: '5' },
		method: 'GET',
		path: CONVERSATION,
		reply: conversation,
		output: [conversation],
	},
	{
		label: 'Conversation → Resolve',
		parameters: { resource: 'conversation', operation: 'resolve', contactIdentifier: 'src-42', conversationId: '5' },
		method: 'POST',
		path: `${CONVERSATION}/toggle_status`,
		reply: { ...conversation, status: 'resolved' },
		output: [{ ...conversation, status: 'resolved' }],
	},
	{
		label: 'Conversation → Set Typing',
		parameters: { resource: 'conversation', operation: 'setTyping', contactIdentifier: 'src-42', conversationId: '5', typingStatus: 'off' },
		method: 'POST',
		path: `${CONVERSATION}/toggle_typing`,
		body: { typing_status: 'off' },
		reply: '',
		output: [{ conversation_id: 5, typing_status: 'off', success: true }],
	},
	{
		label: 'Conversation → Update Last Seen',
		parameters: { resource: 'conversation', operation: 'updateLastSeen', contactIdentifier: 'src-42', conversationId: '5' },
		method: 'POST',
		path: `${CONVERSATION}/update_last_seen`,
		reply: '',
		output: [{ conversation_id: 5, success: true }],
	},
	{
		label: 'Message → Create (text only, JSON)',
		parameters: { resource: 'message', operation: 'create', contactIdentifier: 'src-42', conversationId: '5', content: 'Hello', additionalFields: { echoId: 'e-1' } },
		method: 'POST',
		path: `${CONVERSATION}/messages`,
		body: { content: 'Hello', echo_id: 'e-1' },
		reply: message,
		output: [message],
	},
	{
		label: 'Message → Submit Response',
		parameters: {
			resource: 'message',
			operation: 'update',
			contactIdentifier: 'src-42',
			conversationId: '5',
			messageId: '900',
			submittedValues: '{"name":"choice","title":"Yes","value":"yes"}',
		},
		method: 'PATCH',
		path: `${CONVERSATION}/messages/900`,
		body: { submitted_values: { name: 'choice', title: 'Yes', value: 'yes' } },
		reply: message,
		output: [message],
	},
	{
		label: 'CSAT Survey → Get',
		parameters: { resource: 'csatSurvey', operation: 'get', conversationUuid: 'c0ffee-uuid' },
		method: 'GET',
		path: '/public/api/v1/csat_survey/c0ffee-uuid',
		reply: { id: 77, content_type: 'input_csat' },
		output: [{ id: 77, content_type: 'input_csat' }],
	},
	{
		label: 'CSAT Survey → Submit nests the rating as ChatWoot reads it',
		parameters: { resource: 'csatSurvey', operation: 'submit', conversationUuid: 'c0ffee-uuid', rating: 4, feedbackMessage: 'Quick help' },
		method: 'PATCH',
		path: '/public/api/v1/csat_survey/c0ffee-uuid',
		body: { message: { submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick help' } } } },
		reply: { id: 77 },
		output: [{ id: 77 }],
	},
];

describe('ChatWoot Client node', () => {
	expectOperationCases(
		requests,
		cases.map((operationCase) => ({ nodeType, credentials, ...operationCase })),
	);

	test('identifier_hash is HMAC-SHA256 hex, as ChatWoot computes it (OpenSSL::HMAC.hexdigest)', () => {
		// RFC 4231-style vector: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
		expect(identifierHash('key', 'The quick brown fox jumps over the lazy dog')).toBe(
			'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
		);
	});

	test('with the inbox HMAC token, a contact identifier is signed and the token is never sent or output', async () => {
		const scope = expectRequest('POST', '/public/api/v1/inboxes/inbox-Ab12/contacts', { status: 200, body: contact }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'contact', operation: 'create', additionalFields: { identifier: 'crm-1' } },
			nodeType,
			credentials: signedCredentials,
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ identifier: 'crm-1', identifier_hash: identifierHash(HMAC_TOKEN, 'crm-1') });
		expect(JSON.stringify(requests.sent[0])).not.toContain(HMAC_TOKEN);
		expect(JSON.stringify(run.runData)).not.toContain(HMAC_TOKEN);
	});

	test('Message → Create with two attachments sends each file as an attachments[] part, byte-exact', async () => {
		const scope = expectRequest('POST', `${CONVERSATION}/messages`, { status: 200, body: message }, requests.sent);
		const item = binaryItem(PNG_BYTES, { fileName: 'a.png' });
		item.binary!.invoice = binaryItem(JPEG_BYTES, { fileName: 'invoice.jpg', mimeType: 'image/jpeg' }).binary!.data;
		const run = await executeNode({
			parameters: { resource: 'message', operation: 'create', contactIdentifier: 'src-42', conversationId: '5', content: 'Files', additionalFields: { attachments: 'data, invoice' } },
			items: [item],
			nodeType,
			credentials,
		});
		scope.done();
		expect(run.error).toBeUndefined();
		const [request] = requests.sent;
		expect(request.contentType).toBe('multipart/form-data');
		expect(request.fields).toEqual([['content', 'Files']]);
		const files = request.files['attachments[]'];
		expect(files.map((file) => [file.fileName, file.contentType])).toEqual([
			['a.png', 'image/png'],
			['invoice.jpg', 'image/jpeg'],
		]);
		expect(files[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(files[1].bytes.equals(JPEG_BYTES)).toBe(true);
	});

	test('Message → Get Many pages back with before=<oldest id> until a short page', async () => {
		const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));
		const first = expectRequest('GET', `${CONVERSATION}/messages`, { status: 200, body: page(121, 20) }, requests.sent);
		const second = expectRequest('GET', `${CONVERSATION}/messages`, { status: 200, body: page(111, 10) }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'message', operation: 'getMany', contactIdentifier: 'src-42', conversationId: '5', returnAll: true },
			nodeType,
			credentials,
		});
		first.done();
		second.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query)).toEqual([{}, { before: '121' }]);
		expect(run.items).toHaveLength(30);
	});

	test.each([
		['an empty Contact Identifier', { resource: 'contact', operation: 'get', contactIdentifier: ' ' }, /^Contact Identifier is required$/],
		['invalid Submitted Values', { resource: 'message', operation: 'update', contactIdentifier: 's', conversationId: '5', messageId: '9', submittedValues: 'yes' }, /^Submitted Values is not valid JSON$/],
		['a missing attachment', { resource: 'message', operation: 'create', contactIdentifier: 's', conversationId: '5', content: 'x', additionalFields: { attachments: 'scan' } }, /no binary property "scan"/],
	])('%s is refused before anything is sent', async (_label, parameters, message) => await expectRefusal(requests, parameters, message, { nodeType, credentials }));
});
