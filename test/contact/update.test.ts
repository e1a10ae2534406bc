import nock from 'nock';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { ACCESS_TOKEN, BASE_URL, executeNode } from '../harness/executeNode';
import { binaryItem, contact, JPEG_BYTES, PNG_BYTES } from '../support/fixtures';
import { expectRequest } from '../support/nockChatWoot';
import type { CapturedRequest } from '../support/nockChatWoot';

const CONTACT_PATH = '/api/v1/accounts/1/contacts/42';

function update(updateFields: INodeParameters, overrides: INodeParameters = {}) {
	return { resource: 'contact', operation: 'update', accountId: '1', contactId: '42', updateFields, ...overrides };
}

let sent: CapturedRequest[];

/** Records any request that no test expected, so "nothing was sent" can be asserted. */
function tripwire() {
	for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
		nock(BASE_URL)
			.persist()
			.intercept(() => true, method)
			.reply(function () {
				sent.push({ method, path: this.req.path } as CapturedRequest);
				return [599, 'unexpected request'];
			});
	}
}

function expectJsonRequest(request: CapturedRequest, body: INodeParameters, path = CONTACT_PATH) {
	expect(request.method).toBe('PUT');
	expect(request.path).toBe(path);
	expect(request.query).toEqual({});
	expect(request.headers['api-access-token']).toBe(ACCESS_TOKEN);
	expect(request.headers.accept).toBe('application/json');
	expect(request.contentType).toBe('application/json');
	expect(request.body).toEqual(body);
	expect(request.contractProblems).toEqual([]);
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.restore());
beforeEach(() => {
	sent = [];
});
afterEach(() => {
	nock.cleanAll();
	// Every request any test made must fit ChatWoot's router and spec (test/contract).
	expect(sent.flatMap((request) => request.contractProblems ?? [])).toEqual([]);
});

describe('Contact → Update: JSON requests', () => {
	const singleFields: Array<[string, INodeParameters, INodeParameters]> = [
		['Name', { name: 'Alice Liddell' }, { name: 'Alice Liddell' }],
		['Email', { email: 'alice@wonder.land' }, { email: 'alice@wonder.land' }],
		['Email, emptied', { email: '' }, { email: '' }],
		['Phone Number', { phoneNumber: '+442071838750' }, { phone_number: '+442071838750' }],
		['Identifier', { identifier: 'crm-1001' }, { identifier: 'crm-1001' }],
		['Avatar URL', { avatarUrl: 'https://cdn.example.com/a.png' }, { avatar_url: 'https://cdn.example.com/a.png' }],
		[
			'Custom Attributes',
			{ customAttributes: '{"type":"customer","age":30,"vip":true,"score":null}' },
			{ custom_attributes: { type: 'customer', age: 30, vip: true, score: null } },
		],
	];

	test.each(singleFields)('%s alone is the only field sent', async (_label, updateFields, body) => {
		const updated = contact({ name: 'Alice Liddell' });
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: updated } }, sent);
		const run = await executeNode({ parameters: update(updateFields) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(sent).toHaveLength(1);
		expectJsonRequest(sent[0], body);
		expect(run.items).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
	});

	test('all fields together go in one JSON request', async () => {
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: contact() } }, sent);
		const run = await executeNode({
			parameters: update({
				name: 'Alice',
				email: 'alice@acme.inc',
				phoneNumber: '+14155552671',
				identifier: 'crm-1',
				avatarUrl: 'https://cdn.example.com/a.jpg',
				customAttributes: '{"plan":"gold","seats":3}',
			}),
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expectJsonRequest(sent[0], {
			name: 'Alice',
			email: 'alice@acme.inc',
			phone_number: '+14155552671',
			identifier: 'crm-1',
			avatar_url: 'https://cdn.example.com/a.jpg',
			custom_attributes: { plan: 'gold', seats: 3 },
		});
	});

	test('no fields added sends no body, so nothing changes', async () => {
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: contact() } }, sent);
		const run = await executeNode({ parameters: update({}) });
		scope.done();
		expect(run.error).toBeUndefined();
		// n8n drops an empty body, so ChatWoot receives a bodiless PUT and changes nothing.
		expect(sent[0].body).toBeUndefined();
		expect(sent[0].headers).not.toHaveProperty('content-type');
		expect(run.items[0].json).toEqual(contact());
	});

	test('expressions are resolved per item, and each output is paired with its input', async () => {
		const people = [
			{ id: 7, name: 'Ann', attrs: { tier: 1 } },
			{ id: 8, name: 'Bob', attrs: { tier: 2, beta: true } },
			{ id: 9, name: 'Cy', attrs: { tier: 3 } },
		];
		const scopes = people.map((person) =>
			expectRequest(
				'PUT',
				`/api/v1/accounts/1/contacts/${person.id}`,
				{ status: 200, body: { payload: contact({ id: person.id, name: person.name }) } },
				sent,
			),
		);
		const run = await executeNode({
			parameters: update(
				{ name: '={{ $json.name }}', customAttributes: '={{ JSON.stringify($json.attrs) }}' },
				{ contactId: '={{ $json.id }}' },
			),
			items: people.map((json) => ({ json })),
		});
		scopes.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		const byPath = Object.fromEntries(sent.map((request) => [request.path, request]));
		for (const person of people) {
			expectJsonRequest(
				byPath[`/api/v1/accounts/1/contacts/${person.id}`],
				{ name: person.name, custom_attributes: person.attrs },
				`/api/v1/accounts/1/contacts/${person.id}`,
			);
		}
		expect(run.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[7, { item: 0 }],
			[8, { item: 1 }],
			[9, { item: 2 }],
		]);
	});

	test('custom attributes given as an object by an expression are sent as that object', async () => {
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: contact() } }, sent);
		const run = await executeNode({
			parameters: update({ customAttributes: '={{ $json.attrs }}' }),
			items: [{ json: { attrs: { plan: 'gold', seats: 3 } } }],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expectJsonRequest(sent[0], { custom_attributes: { plan: 'gold', seats: 3 } });
	});
});

describe('Contact → Update: avatar as multipart', () => {
	test('an avatar with scalar fields goes in one multipart request, with the real file name, type and bytes', async () => {
		const updated = contact({ thumbnail: 'https://chat.example.com/rails/active_storage/alice.png' });
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: updated } }, sent);
		const run = await executeNode({
			parameters: update({ avatar: 'data', name: 'Alice', email: 'alice@acme.inc' }),
			items: [binaryItem(PNG_BYTES)],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(sent).toHaveLength(1);
		const [request] = sent;
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(CONTACT_PATH);
		expect(request.headers['api-access-token']).toBe(ACCESS_TOKEN);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(Object.fromEntries(request.fields)).toEqual({ name: 'Alice', email: 'alice@acme.inc' });
		expect(request.fields).toHaveLength(2);
		expect(Object.keys(request.files)).toEqual(['avatar']);
		expect(request.files.avatar).toHaveLength(1);
		expect(request.files.avatar[0].fileName).toBe('alice.png');
		expect(request.files.avatar[0].contentType).toBe('image/png');
		expect(request.files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(request.contractProblems).toEqual([]);
		expect(run.items).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
	});

	test('the part is labelled with the type found in the bytes, not the declared one', async () => {
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: contact() } }, sent);
		const run = await executeNode({
			parameters: update({ avatar: 'photo' }),
			items: [binaryItem(JPEG_BYTES, { property: 'photo', fileName: 'me', mimeType: 'application/octet-stream' })],
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(sent[0].fields).toEqual([]);
		expect(sent[0].files.avatar[0]).toMatchObject({ fileName: 'me', contentType: 'image/jpeg' });
		expect(sent[0].files.avatar[0].bytes.equals(JPEG_BYTES)).toBe(true);
	});

	test('with custom attributes, the fields go first as typed JSON, then the file alone', async () => {
		const afterFields = contact({ custom_attributes: { age: 30, vip: true } });
		const afterAvatar = contact({ custom_attributes: { age: 30, vip: true }, thumbnail: 'https://x/alice.png' });
		const jsonStep = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: afterFields } }, sent);
		const fileStep = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: afterAvatar } }, sent);
		const run = await executeNode({
			parameters: update({ avatar: 'data', name: 'Alice', customAttributes: '{"age":30,"vip":true,"plan":"gold"}' }),
			items: [binaryItem(PNG_BYTES)],
		});
		jsonStep.done();
		fileStep.done();
		expect(run.error).toBeUndefined();
		expect(sent).toHaveLength(2);
		expectJsonRequest(sent[0], { name: 'Alice', custom_attributes: { age: 30, vip: true, plan: 'gold' } });
		expect(sent[1].contentType).toBe('multipart/form-data');
		expect(sent[1].fields).toEqual([]);
		expect(sent[1].files.avatar[0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(sent[1].contractProblems).toEqual([]);
		expect(run.items).toEqual([{ json: afterAvatar, pairedItem: { item: 0 } }]);
	});

	test('when the file step fails after the fields were saved, the error is ChatWoot\'s', async () => {
		expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: contact() } }, sent);
		expectRequest(
			'PUT',
			CONTACT_PATH,
			{ status: 422, body: { message: 'Avatar filetype not supported', attributes: ['avatar'] } },
			sent,
		);
		const run = await executeNode({
			parameters: update({ avatar: 'data', customAttributes: '{"age":30}' }),
			items: [binaryItem(PNG_BYTES)],
		});
		expect(sent).toHaveLength(2);
		expect(run.error?.message).toBe('ChatWoot answered 422: Avatar filetype not supported');
	});
});

describe('Contact → Update: bad input is refused before anything is sent', () => {
	beforeEach(tripwire);

	const cases: Array<[string, INodeParameters, INodeExecutionData[], RegExp, RegExp | undefined]> = [
		['a zero Account ID', update({ name: 'A' }, { accountId: '0' }), [{ json: {} }], /^Account ID must be a positive whole number, not "0"$/, undefined],
		['a negative Account ID', update({ name: 'A' }, { accountId: '-3' }), [{ json: {} }], /^Account ID must be a positive whole number, not "-3"$/, undefined],
		['a non-numeric Contact ID', update({ name: 'A' }, { contactId: 'abc' }), [{ json: {} }], /^Contact ID must be a positive whole number, not "abc"$/, undefined],
		['a Contact ID expression that yields nothing', update({ name: 'A' }, { contactId: '={{ $json.missing }}' }), [{ json: {} }], /^Contact ID is required$/, undefined],
		['custom attributes that are not JSON', update({ customAttributes: '{plan: gold}' }), [{ json: {} }], /^Custom Attributes is not valid JSON$/, /Enter a JSON object such as/],
		['custom attributes that are an array', update({ customAttributes: '["a"]' }), [{ json: {} }], /^Custom Attributes must be a JSON object, not an array$/, undefined],
		['custom attributes that are a string', update({ customAttributes: '"gold"' }), [{ json: {} }], /^Custom Attributes must be a JSON object, not a string$/, undefined],
		['custom attributes that are a number', update({ customAttributes: '42' }), [{ json: {} }], /^Custom Attributes must be a JSON object, not a number$/, undefined],
		['custom attributes that are null', update({ customAttributes: 'null' }), [{ json: {} }], /^Custom Attributes must be a JSON object, not null$/, undefined],
		[
			'an avatar property the item does not have',
			update({ avatar: 'image' }),
			[binaryItem(PNG_BYTES, { property: 'data' })],
			/^Avatar: the input item has no binary property "image"$/,
			/Binary properties on this item: data\./,
		],
		['an Avatar field left empty', update({ avatar: '' }), [binaryItem(PNG_BYTES)], /^Avatar is empty$/, /Enter the name of the input binary property/],
		['an avatar on an item without binary data', update({ avatar: 'data' }), [{ json: {} }], /^Avatar: the input item has no binary property "data"$/, /carries no binary data/],
		[
			'an avatar that is not an image',
			update({ avatar: 'data' }),
			[binaryItem(Buffer.from('%PDF-1.7 not an image'), { fileName: 'cv.pdf', mimeType: 'application/pdf' })],
			/^Avatar: "cv.pdf" is not a JPEG, PNG, GIF or WebP image$/,
			/declared type is application\/pdf/,
		],
		[
			'an avatar over 15 MB',
			update({ avatar: 'data' }),
			[binaryItem(Buffer.concat([PNG_BYTES, Buffer.alloc(15 * 1024 * 1024)]), { fileName: 'huge.png' })],
			/^Avatar: "huge.png" is 15.0 MB; ChatWoot accepts at most 15 MB$/,
			undefined,
		],
		[
			'an Avatar URL that is not an http(s) address',
			update({ avatarUrl: 'cdn.example.com/a.png' }),
			[{ json: {} }],
			/^Avatar URL must be an http:\/\/ or https:\/\/ address, not "cdn.example.com\/a.png"$/,
			/silently ignores addresses it cannot use/,
		],
		[
			'an Avatar URL of another scheme',
			update({ avatarUrl: 'ftp://files.example.com/a.png' }),
			[{ json: {} }],
			/^Avatar URL must be an http:\/\/ or https:\/\/ address/,
			undefined,
		],
		[
			'both an avatar and an Avatar URL',
			update({ avatar: 'data', avatarUrl: 'https://cdn.example.com/a.png' }),
			[binaryItem(PNG_BYTES)],
			/^Set either Avatar or Avatar URL, not both$/,
			undefined,
		],
	];

	test.each(cases)('%s', async (_label, parameters, items, message, description) => {
		const run = await executeNode({ parameters, items });
		expect(sent).toEqual([]);
		expect(run.error?.message).toMatch(message);
		if (description) expect(run.error?.description).toMatch(description);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(run.items).toEqual([]);
	});

	// An empty Account is allowed: it means the token's only account (test/transport/defaultAccount.test.ts).
	test('an empty Contact stops the workflow before it runs, naming the field', async () => {
		const run = await executeNode({ parameters: update({ name: 'A' }, { contactId: '' }) }).catch((error: Error) => ({ error }));
		expect(sent).toEqual([]);
		expect(String(run.error?.message) + JSON.stringify(run.error)).toContain('Parameter "Contact" is required');
	});

	test('with Continue On Fail the refusal is a NodeOperationError on that item', async () => {
		const run = await executeNode({ parameters: update({ customAttributes: '[1]' }), continueOnFail: true });
		expect(sent).toEqual([]);
		expect(run.items).toHaveLength(1);
		expect(run.items[0].error?.name).toBe('NodeOperationError');
		expect(run.items[0].error?.message).toBe('Custom Attributes must be a JSON object, not an array');
	});
});

describe('Contact → Update: ChatWoot errors keep ChatWoot\'s words', () => {
	const failures: Array<[string, number, unknown, Record<string, string> | undefined, string, RegExp]> = [
		['an invalid token', 401, { error: 'Invalid Access Token' }, undefined, 'ChatWoot answered 401: Invalid Access Token', /Check the Access Token/],
		['a user outside the account', 401, { error: 'You are not authorized to access this account' }, undefined, 'ChatWoot answered 401: You are not authorized to access this account', /belongs to account 1/],
		['a contact that is not in the account', 404, { error: 'Resource could not be found' }, undefined, 'ChatWoot answered 404: Resource could not be found', /Nothing with that ID exists in account 1/],
		['a taken email', 422, { message: 'Email has already been taken', attributes: ['email'] }, undefined, 'ChatWoot answered 422: Email has already been taken', /correct the field/],
		['a phone number not in E.164', 422, { message: 'Phone number should be in e164 format', attributes: ['phone_number'] }, undefined, 'ChatWoot answered 422: Phone number should be in e164 format', /correct the field/],
		['the rate limit', 429, 'Retry later\n', { 'Content-Type': 'text/plain' }, 'ChatWoot answered 429: Retry later', /rate limit/],
		['a server error', 500, { error: 'Internal Server Error' }, undefined, 'ChatWoot answered 500: Internal Server Error', /Try again later/],
		['a non-ChatWoot server at the base URL', 404, '<html>Not Found</html>', { 'Content-Type': 'text/html' }, 'ChatWoot answered 404 without an explanation', /has no \/api\/v1\/accounts\/1\/contacts\/42: check that the credential's Base URL/],
	];

	test.each(failures)('%s', async (_label, status, body, headers, message, description) => {
		// n8n's httpRequestWithAuthentication sends a request once more after a 401 (its credential refresh path).
		const attempts = status === 401 ? 2 : 1;
		const scopes = Array.from({ length: attempts }, () => expectRequest('PUT', CONTACT_PATH, { status, body, headers }, sent));
		const run = await executeNode({ parameters: update({ email: 'alice@acme.inc' }) });
		scopes.forEach((scope) => scope.done());
		expect(sent).toHaveLength(attempts);
		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(message);
		expect(run.error?.description).toMatch(description);
		expect((run.error as { httpCode?: string }).httpCode).toBe(String(status));
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(JSON.stringify(run.runData)).not.toContain(ACCESS_TOKEN);
		expect(JSON.stringify(run.error, Object.getOwnPropertyNames(run.error))).not.toContain(ACCESS_TOKEN);
		expect(run.logs.join('\n')).toContain(message);
		expect(run.logs.join('\n')).not.toContain(ACCESS_TOKEN);
	});

	test('an unreachable server is named, with the reason', async () => {
		nock(BASE_URL).put(CONTACT_PATH).replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
		const run = await executeNode({ parameters: update({ name: 'A' }) });
		expect(run.error?.message).toBe(`Could not reach ChatWoot at ${BASE_URL}: the connection was refused`);
		expect(run.error?.description).toMatch(/Check the Base URL in the ChatWoot credential/);
		expect(JSON.stringify(run.runData)).not.toContain(ACCESS_TOKEN);
		expect(run.logs.join('\n')).not.toContain(ACCESS_TOKEN);
	});

	test('an unknown host is named, with the reason', async () => {
		nock(BASE_URL).put(CONTACT_PATH).replyWithError(Object.assign(new Error('getaddrinfo ENOTFOUND chat.example.com'), { code: 'ENOTFOUND' }));
		const run = await executeNode({ parameters: update({ name: 'A' }) });
		expect(run.error?.message).toBe(`Could not reach ChatWoot at ${BASE_URL}: no such host name exists`);
	});
});

describe('Contact → Update: Continue On Fail', () => {
	test('failed items carry their error and the others go on, in order and paired', async () => {
		expectRequest('PUT', '/api/v1/accounts/1/contacts/1', { status: 200, body: { payload: contact({ id: 1 }) } }, sent);
		expectRequest('PUT', '/api/v1/accounts/1/contacts/3', { status: 422, body: { message: 'Email has already been taken', attributes: ['email'] } }, sent);
		expectRequest('PUT', '/api/v1/accounts/1/contacts/4', { status: 200, body: { payload: contact({ id: 4 }) } }, sent);
		tripwire();
		const run = await executeNode({
			parameters: update({ email: '={{ $json.email }}' }, { contactId: '={{ $json.id }}' }),
			items: [
				{ json: { id: 1, email: 'a@x.io' } },
				{ json: { id: 'two', email: 'b@x.io' } },
				{ json: { id: 3, email: 'taken@x.io' } },
				{ json: { id: 4, email: 'd@x.io' } },
			],
			continueOnFail: true,
		});
		expect(run.error).toBeUndefined();
		expect(sent.map((request) => request.path).sort()).toEqual([
			'/api/v1/accounts/1/contacts/1',
			'/api/v1/accounts/1/contacts/3',
			'/api/v1/accounts/1/contacts/4',
		]);
		expect(run.items).toHaveLength(4);
		expect(run.items[0]).toMatchObject({ json: { id: 1 }, pairedItem: { item: 0 } });
		expect(run.items[1].error?.message).toBe('Contact ID must be a positive whole number, not "two"');
		expect(run.items[1].pairedItem).toEqual({ item: 1 });
		expect(run.items[2].error?.message).toBe('ChatWoot answered 422: Email has already been taken');
		expect(run.items[2].pairedItem).toEqual({ item: 2 });
		expect(run.items[3]).toMatchObject({ json: { id: 4 }, pairedItem: { item: 3 } });
	});
});

describe('credential Base URL', () => {
	test.each([
		['a trailing slash', 'https://chat.example.com/'],
		['a dashboard address', 'https://chat.example.com/app/accounts/1/dashboard'],
		['an API address', 'https://chat.example.com/api/v1'],
	])('%s is reduced to the instance root', async (_label, baseUrl) => {
		const scope = expectRequest('PUT', CONTACT_PATH, { status: 200, body: { payload: contact() } }, sent);
		const run = await executeNode({
			parameters: update({ name: 'A' }),
			credentials: { baseUrl, accessToken: ACCESS_TOKEN },
		});
		scope.done();
		expect(run.error).toBeUndefined();
		expect(sent[0].path).toBe(CONTACT_PATH);
	});

	test('errors name the instance root, not the pasted dashboard address', async () => {
		nock(BASE_URL).put(CONTACT_PATH).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		const run = await executeNode({
			parameters: update({ name: 'A' }),
			credentials: { baseUrl: `${BASE_URL}/app/accounts/1/dashboard`, accessToken: ACCESS_TOKEN },
		});
		expect(run.error?.message).toBe(`Could not reach ChatWoot at ${BASE_URL}: the connection was closed unexpectedly`);
	});

	test('an install under a sub-path keeps its prefix', async () => {
		const scope = nock('https://example.com')
			.put('/support/api/v1/accounts/1/contacts/42')
			.reply(200, { payload: contact() });
		const run = await executeNode({
			parameters: update({ name: 'A' }),
			credentials: { baseUrl: 'https://example.com/support/app/accounts/1/contacts', accessToken: ACCESS_TOKEN },
		});
		scope.done();
		expect(run.error).toBeUndefined();
	});

	test('an address without http(s) is refused before anything is sent, saying what to enter', async () => {
		tripwire();
		const run = await executeNode({
			parameters: update({ name: 'A' }),
			credentials: { baseUrl: 'chat.example.com', accessToken: ACCESS_TOKEN },
		});
		expect(sent).toEqual([]);
		expect(run.error?.message).toMatch(/^The Base URL "chat.example.com" in the ChatWoot credential is not a web address/);
		expect(run.error?.message).toMatch(/e\.g\. https:\/\/app\.chatwoot\.com/);
	});
});
