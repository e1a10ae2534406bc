import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/custom_attribute_definitions';
const plan = { id: 9, attribute_display_name: 'Plan', attribute_key: 'plan', attribute_model: 'contact_attribute', attribute_display_type: 'list', attribute_values: ['free', 'pro'] };
const base = { resource: 'customAttribute', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many filters by model and returns the bare array',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true, customAttributeFilters: { model: 'contact_attribute' } },
			method: 'GET',
			path: PATH,
			query: { attribute_model: 'contact_attribute' },
			reply: [plan],
			output: [plan],
		},
	],
	[
		'Get returns the definition',
		{
			parameters: { ...base, operation: 'get', customAttributeId: '9' },
			method: 'GET',
			path: `${PATH}/9`,
			reply: plan,
			output: [plan],
		},
	],
	[
		'Create sends the definition with list values split at commas',
		{
			parameters: {
				...base,
				operation: 'create',
				displayName: 'Plan',
				key: 'plan',
				model: 'contact_attribute',
				displayType: 'list',
				customAttributeAdditionalFields: { listValues: 'free, pro,', description: 'Billing plan' },
			},
			method: 'POST',
			path: PATH,
			body: {
				custom_attribute_definition: {
					attribute_display_name: 'Plan',
					attribute_key: 'plan',
					attribute_model: 'contact_attribute',
					attribute_display_type: 'list',
					attribute_values: ['free', 'pro'],
					attribute_description: 'Billing plan',
				},
			},
			reply: plan,
			output: [plan],
		},
	],
	[
		'Update sends only the fields added',
		{
			parameters: { ...base, operation: 'update', customAttributeId: '9', customAttributeUpdateFields: { regexPattern: '^\\d+$' } },
			method: 'PATCH',
			path: `${PATH}/9`,
			body: { custom_attribute_definition: { regex_pattern: '^\\d+$' } },
			reply: plan,
			output: [plan],
		},
	],
	[
		'Delete outputs success for the 204',
		{
			parameters: { ...base, operation: 'delete', customAttributeId: '9' },
			method: 'DELETE',
			path: `${PATH}/9`,
			status: 204,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test('a bad Custom Attribute ID is refused before sending', async () =>
	expectRefusal(requests, { ...base, operation: 'get', customAttributeId: '1.5' }, /Custom Attribute ID must be a positive whole number/));
