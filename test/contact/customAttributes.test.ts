import nock from 'nock';
import type { ILoadOptionsFunctions, INodeParameters, ResourceMapperField } from 'n8n-workflow';

import { resourceMapping } from '../../nodes/ChatWoot/listSearch/customAttributes';
import { ACCESS_TOKEN, BASE_URL, executeNode } from '../harness/executeNode';
import { contact } from '../support/fixtures';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

const field = (id: string, type: ResourceMapperField['type'], extra: Partial<ResourceMapperField> = {}): ResourceMapperField => ({
	id,
	displayName: `${id} (x)`,
	type,
	required: false,
	defaultMatch: false,
	display: true,
	...extra,
});
const SCHEMA = [
	field('seats', 'number'),
	field('vip', 'boolean'),
	field('renewal', 'dateTime'),
	field('plan', 'options', { options: [{ name: 'gold', value: 'gold' }, { name: 'free', value: 'free' }] }),
	field('site', 'url'),
	field('note', 'string'),
];
const mapper = (value: Record<string, unknown>) => ({ mappingMode: 'defineBelow', value, matchingColumns: [], schema: SCHEMA });
const update = (customAttributeFields: unknown, updateFields: INodeParameters = {}) => ({
	resource: 'contact',
	operation: 'update',
	accountId: '1',
	contactId: '42',
	updateFields,
	customAttributeFields: customAttributeFields as INodeParameters,
});

describe('Custom Attribute Fields', () => {
	test('typed values are converted, merged over the JSON option (fields win), empty ones left out', async () => {
		const scope = expectRequest('PUT', '/api/v1/accounts/1/contacts/42', { status: 200, body: { payload: contact() } }, requests.sent);
		const result = await executeNode({
			parameters: update(
				mapper({ seats: '5', vip: 'true', renewal: '2025-01-31', plan: 'gold', site: 'https://acme.inc', note: '', other: null }),
				{ customAttributes: '{"plan":"free","keep":1}' },
			),
		});
		scope.done();
		expect(result.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({
			custom_attributes: { plan: 'gold', keep: 1, seats: 5, vip: true, renewal: '2025-01-31T00:00:00.000Z', site: 'https://acme.inc' },
		});
	});

	// Typed-in values are checked by n8n's editor validation already; values from expressions are checked here.
	describe('values from expressions that do not fit their type are refused before sending', () => {
		beforeEach(() => tripwire(requests.sent));
		test.each([
			[{ seats: '={{ "five" }}' }, 'Custom attribute "seats (x)" must be a number, not "five"'],
			[{ vip: '={{ "yes" }}' }, 'Custom attribute "vip (x)" must be true or false, not "yes"'],
			[{ renewal: '={{ "someday" }}' }, 'Custom attribute "renewal (x)" must be a date such as 2025-01-31, not "someday"'],
			[{ plan: '={{ "platinum" }}' }, 'Custom attribute "plan (x)" must be one of "gold", "free", not "platinum"'],
			[{ site: '={{ "acme.inc" }}' }, 'Custom attribute "site (x)" must be an http:// or https:// address, not "acme.inc"'],
		])('%j', async (value, message) => {
			const result = await executeNode({ parameters: update(mapper(value)) });
			expect(requests.sent).toEqual([]);
			expect(result.error?.message).toBe(message);
		});
	});

	test('the mapper method lists the definitions with their types', async () => {
		const scope = nock(BASE_URL)
			.get('/api/v1/accounts/1/custom_attribute_definitions')
			.query({ attribute_model: 'contact_attribute' })
			.reply(200, [
				{ attribute_key: 'plan', attribute_display_name: 'Plan', attribute_display_type: 'list', attribute_values: ['gold', 'free'] },
				{ attribute_key: 'mrr', attribute_display_name: 'MRR', attribute_display_type: 'currency', attribute_values: [] },
				{ attribute_key: 'site', attribute_display_name: 'Site', attribute_display_type: 'link', attribute_values: [] },
			]);
		const context = {
			getNodeParameter: (name: string) => (name === 'accountId' ? '1' : 'userToken'),
			getCredentials: async () => ({ baseUrl: BASE_URL, accessToken: ACCESS_TOKEN }),
			getNode: () => ({ name: 'ChatWoot' }),
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: { baseURL: string; url: string; qs: Record<string, string> }) => {
					const response = await fetch(`${options.baseURL}${options.url}?${new URLSearchParams(options.qs)}`);
					return await response.json();
				},
			},
		} as unknown as ILoadOptionsFunctions;
		const { fields } = await resourceMapping.getContactAttributes.call(context);
		scope.done();
		expect(fields.map((f) => [f.id, f.displayName, f.type, f.options?.map((o) => o.value)])).toEqual([
			['plan', 'Plan (list)', 'options', ['gold', 'free']],
			['mrr', 'MRR (currency)', 'number', undefined],
			['site', 'Site (link)', 'url', undefined],
		]);
	});
});
