import type { INodeParameters, ResourceMapperField } from 'n8n-workflow';

import { executeNode } from '../harness/executeNode';
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
			[{ seats: '={{ "five" }}' }, 'Custom Attribute Fields: "seats (x)" of item 0 must be a number, not "five"'],
			[{ vip: '={{ "yes" }}' }, 'Custom Attribute Fields: "vip (x)" of item 0 must be true or false, not "yes"'],
			[{ renewal: '={{ "someday" }}' }, 'Custom Attribute Fields: "renewal (x)" of item 0 must be a date as YYYY-MM-DD, e.g. 2025-01-31, not "someday"'],
			[{ plan: '={{ "platinum" }}' }, 'Custom Attribute Fields: "plan (x)" of item 0 must be one of "gold", "free", not "platinum"'],
			[{ site: '={{ "acme.inc" }}' }, 'Custom Attribute Fields: "site (x)" of item 0 must be an http:// or https:// address, not "acme.inc"'],
		])('%j', async (value, message) => {
			const result = await executeNode({ parameters: update(mapper(value)) });
			expect(requests.sent).toEqual([]);
			expect(result.error?.message).toBe(message);
		});
	});


	/**
	 * The fields the mapper lists now (listSearch/customAttributes.ts): numbers and dates are text
	 * inputs, so what is typed reaches the node, which refuses it naming the field and the item
	 * (n8n's number input would have thrown the text away, and nothing would have been sent).
	 */
	describe('numbers and dates typed as text', () => {
		const TEXT_SCHEMA = [field('seats', 'string', { displayName: 'Seats (number)' }), field('renewal', 'string', { displayName: 'Renewal (date, YYYY-MM-DD)' })];
		const typed = (value: Record<string, unknown>) => update({ mappingMode: 'defineBelow', value, matchingColumns: [], schema: TEXT_SCHEMA });

		test('are converted: a number, and a day as midnight UTC', async () => {
			const scope = expectRequest('PUT', '/api/v1/accounts/1/contacts/42', { status: 200, body: { payload: contact() } }, requests.sent);
			const result = await executeNode({ parameters: typed({ seats: ' 12 ', renewal: '2025-01-31' }) });
			scope.done();
			expect(result.error).toBeUndefined();
			expect(requests.sent[0].body).toEqual({ custom_attributes: { seats: 12, renewal: '2025-01-31T00:00:00.000Z' } });
		});

		test('a date from an expression (a Luxon DateTime) keeps its time, in UTC', async () => {
			expectRequest('PUT', '/api/v1/accounts/1/contacts/42', { status: 200, body: { payload: contact() } }, requests.sent);
			const result = await executeNode({ parameters: typed({ renewal: '={{ DateTime.fromISO("2025-01-31T10:00:00+02:00") }}' }) });
			expect(result.error).toBeUndefined();
			expect(requests.sent[0].body).toEqual({ custom_attributes: { renewal: '2025-01-31T08:00:00.000Z' } });
		});

		test.each([
			[{ seats: 'five' }, 'Custom Attribute Fields: "Seats (number)" of item 0 must be a number, not "five"'],
			[{ renewal: '31/01/2025' }, 'Custom Attribute Fields: "Renewal (date, YYYY-MM-DD)" of item 0 must be a date as YYYY-MM-DD, e.g. 2025-01-31, not "31/01/2025"'],
			[{ renewal: '2025-02-30' }, 'Custom Attribute Fields: "Renewal (date, YYYY-MM-DD)" of item 0 must be a date as YYYY-MM-DD, e.g. 2025-01-31, not "2025-02-30"'],
		])('%j is refused before anything is sent', async (value, message) => {
			tripwire(requests.sent);
			const result = await executeNode({ parameters: typed(value) });
			expect(requests.sent).toEqual([]);
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toContain('Correct its value in Custom Attribute Fields');
		});

		test('each item is refused naming its own index', async () => {
			tripwire(requests.sent);
			const result = await executeNode({
				parameters: typed({ seats: '={{ $json.seats }}' }),
				items: [{ json: { seats: 'five' } }, { json: { seats: 'a dozen' } }],
				continueOnFail: true,
			});
			expect(requests.sent).toEqual([]);
			expect(result.items.map((item) => item.json.error)).toEqual([
				'Custom Attribute Fields: "Seats (number)" of item 0 must be a number, not "five"',
				'Custom Attribute Fields: "Seats (number)" of item 1 must be a number, not "a dozen"',
			]);
		});
	});
});
