import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';
import { expectOperation } from '../support/operationCases';

const requests = recordChatWootRequests();

const PORTALS = '/api/v1/accounts/1/portals';
const portal = { id: 3, name: 'Handbook', slug: 'handbook', color: '#1F93FF', config: { allowed_locales: [{ code: 'en' }] } };

interface Case {
	operation: string;
	parameters?: INodeParameters;
	method: string;
	path: string;
	query?: Record<string, string>;
	body?: IDataObject;
	response?: unknown;
	items: IDataObject[];
}

const cases: Array<[string, Case]> = [
	['Get Many', { operation: 'getMany', parameters: { returnAll: true }, method: 'GET', path: PORTALS, response: { payload: [portal], meta: { portals_count: 1 } }, items: [portal] }],
	[
		'Get, by a slug that needs encoding, with a locale',
		{ operation: 'get', parameters: { portalSlug: 'help desk', portalOptions: { locale: 'fr' } }, method: 'GET', path: `${PORTALS}/help%20desk`, query: { locale: 'fr' }, response: portal, items: [portal] },
	],
	[
		'Create with every field but the logo',
		{
			operation: 'create',
			parameters: {
				name: 'Handbook',
				slug: 'handbook',
				portalAdditionalFields: {
					allowedLocales: 'en, fr',
					defaultLocale: 'en',
					archived: false,
					color: '#000000',
					customDomain: 'help.example.com',
					headerText: 'How can we help?',
					homepageLink: 'https://example.com',
					pageTitle: 'Help',
				},
			},
			method: 'POST',
			path: PORTALS,
			body: {
				name: 'Handbook',
				slug: 'handbook',
				config: { allowed_locales: ['en', 'fr'], default_locale: 'en' },
				archived: false,
				color: '#000000',
				custom_domain: 'help.example.com',
				header_text: 'How can we help?',
				homepage_link: 'https://example.com',
				page_title: 'Help',
			},
			response: portal,
			items: [portal],
		},
	],
	[
		'Update only the header text',
		{ operation: 'update', parameters: { portalSlug: 'handbook', portalUpdateFields: { headerText: 'Hi' } }, method: 'PATCH', path: `${PORTALS}/handbook`, body: { header_text: 'Hi' }, response: portal, items: [portal] },
	],
	['Delete', { operation: 'delete', parameters: { portalSlug: 'handbook' }, method: 'DELETE', path: `${PORTALS}/handbook`, items: [{ success: true }] }],
	['Delete Logo', { operation: 'deleteLogo', parameters: { portalSlug: 'handbook' }, method: 'DELETE', path: `${PORTALS}/handbook/logo`, items: [{ success: true }] }],
	[
		'Send Domain Instructions',
		{
			operation: 'sendInstructions',
			parameters: { portalSlug: 'handbook', email: 'dns@example.com' },
			method: 'POST',
			path: `${PORTALS}/handbook/send_instructions`,
			body: { email: 'dns@example.com' },
			response: { message: 'Instructions sent successfully' },
			items: [{ message: 'Instructions sent successfully' }],
		},
	],
	[
		'Get SSL Status',
		{ operation: 'getSslStatus', parameters: { portalSlug: 'handbook' }, method: 'GET', path: `${PORTALS}/handbook/ssl_status`, response: { status: 'active', verification_errors: [] }, items: [{ status: 'active', verification_errors: [] }] },
	],
];

describe('Help Center Portal', () => {
	test.each(cases)('%s', async (_label, { operation, parameters = {}, method, path, query, body, response, items }) =>
		await expectOperation(requests, { parameters: { resource: 'portal', operation, accountId: '1', ...parameters }, method, path, query, body, reply: response, output: items }),
	);

	test.each([
		['create', 'portalAdditionalFields', 'POST', PORTALS, { name: 'Handbook', slug: 'handbook' }],
		['update', 'portalUpdateFields', 'PATCH', `${PORTALS}/handbook`, { portalSlug: 'handbook' }],
	])('%s with a Logo uploads the image first, then sends its blob_id', async (operation, collection, method, path, parameters) => {
		const upload = expectRequest('POST', '/api/v1/accounts/1/upload', { status: 200, body: { file_url: 'https://x/logo.png', blob_key: 'k', blob_id: 'signed-blob-1' } }, requests.sent);
		const save = expectRequest(method, path, { status: 200, body: portal }, requests.sent);
		const run = await executeNode({
			parameters: { resource: 'portal', operation, accountId: '1', ...parameters, [collection]: { logo: 'data', pageTitle: 'Help' } },
			items: [binaryItem(PNG_BYTES, { fileName: 'logo.png' })],
		});
		upload.done();
		save.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => `${request.method} ${request.path}`)).toEqual([`POST /api/v1/accounts/1/upload`, `${method} ${path}`]);
		expect(requests.sent[0].contentType).toBe('multipart/form-data');
		expect(requests.sent[0].files.attachment).toEqual([expect.objectContaining({ fileName: 'logo.png', contentType: 'image/png' })]);
		expect(Buffer.compare(requests.sent[0].files.attachment[0].bytes as Buffer, PNG_BYTES)).toBe(0);
		expect(requests.sent[1].body).toEqual({ ...(operation === 'create' ? { name: 'Handbook', slug: 'handbook' } : {}), page_title: 'Help', blob_id: 'signed-blob-1' });
		expect(run.items.map((item) => item.json)).toEqual([portal]);
	});

	test.each([
		['an empty Portal Slug', 'delete', { portalSlug: ' ' }, [], 'Portal Slug is required'],
		['a Logo property the item lacks', 'update', { portalSlug: 'handbook', portalUpdateFields: { logo: 'image' } }, [binaryItem(PNG_BYTES)], 'Logo: the input item has no binary property "image"'],
		['a Logo that is no image', 'update', { portalSlug: 'handbook', portalUpdateFields: { logo: 'data' } }, [binaryItem(Buffer.from('hello'), { fileName: 'a.txt', mimeType: 'text/plain' })], 'Logo: "a.txt" is not a JPEG, PNG, GIF or WebP image'],
	])('%s is refused before anything is sent', async (_label, operation, parameters, items, message) => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: { resource: 'portal', operation, accountId: '1', ...parameters }, ...(items.length ? { items } : {}) });
		expect(run.error?.message).toBe(message);
		expect(requests.sent).toEqual([]);
	});
});
