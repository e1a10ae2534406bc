import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { listEntries } from '../../shared/lists';
import { numberedPages } from '../../transport/paging';
import { contactCount, contactSort, moreContacts } from './fields';

/** The contact attributes ChatWoot filters on (lib/filters/filter_keys.yml); any other key is a custom attribute. */
const ATTRIBUTES = [
	['Blocked', 'blocked'],
	['City', 'city'],
	['Company', 'company'],
	['Country Code', 'country_code'],
	['Created At', 'created_at'],
	['Custom Attribute', 'custom'],
	['Email', 'email'],
	['Identifier', 'identifier'],
	['Labels', 'labels'],
	['Last Activity At', 'last_activity_at'],
	['Name', 'name'],
	['Phone Number', 'phone_number'],
];

const OPERATORS = [
	['Contains', 'contains'],
	['Days Before', 'days_before'],
	['Does Not Contain', 'does_not_contain'],
	['Equal To', 'equal_to'],
	['Is Greater Than', 'is_greater_than'],
	['Is Less Than', 'is_less_than'],
	['Is Not Present', 'is_not_present'],
	['Is Present', 'is_present'],
	['Not Equal To', 'not_equal_to'],
	['Starts With', 'starts_with'],
];

const VALUELESS = ['is_present', 'is_not_present'];

interface Condition {
	attribute?: string;
	customAttributeKey?: string;
	operator?: string;
	value?: unknown;
	joinWithNext?: string;
}

/** The conditions as ChatWoot's filter payload: each joined to the next by its query_operator, the last by none. */
async function filterPayload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const conditions = ((this.getNodeParameter('conditions', {}) as IDataObject).condition ?? []) as Condition[];
	const fail = (message: string, description: string): never => {
		throw new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex(), description });
	};
	if (!conditions.length) fail('Conditions is empty', 'Add at least one condition, e.g. Email Contains @acme.com.');
	const payload = conditions.map((condition, index) => {
		const position = `Condition ${index + 1}`;
		const attributeKey = condition.attribute === 'custom' ? String(condition.customAttributeKey ?? '').trim() : String(condition.attribute);
		if (!attributeKey) fail(`${position}: Custom Attribute Key is empty`, 'Enter the key of the custom attribute, as defined under Settings → Custom Attributes.');
		const operator = String(condition.operator ?? 'equal_to');
		const text = String(condition.value ?? '').trim();
		if (!VALUELESS.includes(operator) && !text) fail(`${position}: Value is empty`, `The operator needs a value; use Is Present or Is Not Present to test for a value at all.`);
		// Labels match any of several titles; ChatWoot reads the first value for the other attributes.
		let values: string[] = VALUELESS.includes(operator) ? [] : attributeKey === 'labels' ? listEntries(text) : [text];
		// ChatWoot prepends the + to phone numbers itself.
		if (attributeKey === 'phone_number') values = values.map((value) => value.replace(/^\+/, ''));
		const last = index === conditions.length - 1;
		return {
			attribute_key: attributeKey,
			filter_operator: operator,
			values,
			...(last ? {} : { query_operator: condition.joinWithNext ?? 'AND' }),
		};
	});
	return { ...requestOptions, body: { payload } };
}

export const filterContacts = defineOperation({
	resource: 'contact',
	value: 'filter',
	name: 'Filter',
	action: 'Filter contacts by conditions',
	description: 'List the contacts matching conditions on their attributes, labels or custom attributes',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/filter',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Conditions',
			name: 'conditions',
			type: 'fixedCollection',
			placeholder: 'Add Condition',
			typeOptions: { multipleValues: true, sortable: true },
			default: {},
			required: true,
			options: [
				{
					displayName: 'Condition',
					name: 'condition',
					values: [
						{
							displayName: 'Attribute',
							name: 'attribute',
							type: 'options',
							options: ATTRIBUTES.map(([name, value]) => ({ name, value })),
							default: 'email',
						},
						{
							displayName: 'Custom Attribute Key',
							name: 'customAttributeKey',
							type: 'string',
							default: '',
							placeholder: 'e.g. plan',
							displayOptions: { show: { attribute: ['custom'] } },
						},
						{
							displayName: 'Join With Next',
							name: 'joinWithNext',
							type: 'options',
							options: [
								{ name: 'AND', value: 'AND' },
								{ name: 'OR', value: 'OR' },
							],
							default: 'AND',
							description: 'How this condition combines with the next one; ignored on the last condition',
						},
						{
							displayName: 'Operator',
							name: 'operator',
							type: 'options',
							options: OPERATORS.map(([name, value]) => ({ name, value })),
							default: 'equal_to',
							description:
								'Text attributes take Equal To, Not Equal To, Contains, Does Not Contain (Phone Number also Starts With); dates take Is Greater Than, Is Less Than, Days Before; Labels take Equal To, Not Equal To, Is Present, Is Not Present',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description:
								'Text, a date (2025-01-31) for Is Greater/Less Than, a number of days for Days Before, label titles separated by commas for Labels; not used by Is Present and Is Not Present',
						},
					],
				},
			],
		},
		contactSort.field,
	],
	preSend: [filterPayload, contactSort.preSend],
	paging: numberedPages('payload', 15, moreContacts, contactCount),
});
