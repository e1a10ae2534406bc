import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { CONVERSATIONS, statusOptions } from './fields';

/** Operators that compare with nothing: ChatWoot takes an empty value list for them. */
const NO_VALUE_OPERATORS = ['is_present', 'is_not_present'];

interface Condition {
	attribute?: string;
	customAttributeKey?: string;
	operator?: string;
	values?: string | string[];
}

/**
 * ChatWoot's filter payload: one entry per condition, each but the last joined to the next by
 * its `query_operator` (a trailing one would leave a dangling AND/OR in ChatWoot's SQL).
 */
async function buildFilterPayload(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const conditions = (this.getNodeParameter('conditions.condition', []) as Condition[]) ?? [];
	const match = this.getNodeParameter('match', 'AND') as string;
	const fail = (message: string, description: string): never => {
		throw new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex(), description });
	};
	if (!conditions.length) fail('Add at least one condition', 'Conditions say which conversations to return, e.g. Status Equal To open.');
	const payload = conditions.map((condition, index) => {
		const position = `Condition ${index + 1}`;
		const key = condition.attribute === 'custom' ? String(condition.customAttributeKey ?? '').trim() : condition.attribute;
		if (!key) fail(`${position}: Custom Attribute Key is empty`, 'Enter the key of the conversation custom attribute, e.g. order_id.');
		const operator = condition.operator ?? 'equal_to';
		const values = (Array.isArray(condition.values) ? condition.values : String(condition.values ?? '').split(','))
			.map((value) => String(value).trim())
			.filter((value) => value !== '');
		if (!values.length && !NO_VALUE_OPERATORS.includes(operator)) {
			fail(`${position}: Values is empty`, 'Enter the value to compare with, or several separated by commas, e.g. open, pending.');
		}
		const entry: IDataObject = { attribute_key: key, filter_operator: operator, values };
		if (index < conditions.length - 1) entry.query_operator = match;
		return entry;
	});
	return { ...requestOptions, body: { payload } };
}

export const filterConversations = defineOperation({
	resource: 'conversation',
	value: 'filter',
	name: 'Filter',
	action: 'Filter conversations',
	description: 'List the conversations that match conditions on status, assignee, inbox, team, labels, dates or custom attributes',
	method: 'POST',
	path: `${CONVERSATIONS}/filter`,
	simplify: conversationSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Match',
			name: 'match',
			type: 'options',
			options: [
				{ name: 'All Conditions', value: 'AND' },
				{ name: 'Any Condition', value: 'OR' },
			],
			default: 'AND',
		},
		{
			displayName: 'Conditions',
			name: 'conditions',
			type: 'fixedCollection',
			placeholder: 'Add Condition',
			typeOptions: { multipleValues: true },
			default: { condition: [{ attribute: 'status', operator: 'equal_to', values: 'open' }] },
			options: [
				{
					displayName: 'Condition',
					name: 'condition',
					values: [
						{
							displayName: 'Attribute',
							name: 'attribute',
							type: 'options',
							options: [
								{ name: 'Assignee ID', value: 'assignee_id' },
								{ name: 'Browser Language', value: 'browser_language' },
								{ name: 'Campaign ID', value: 'campaign_id' },
								{ name: 'Conversation Number', value: 'display_id' },
								{ name: 'Created At', value: 'created_at', description: 'Compare with a date such as 2030-07-21' },
								{ name: 'Custom Attribute', value: 'custom', description: 'A conversation custom attribute, by its key' },
								{ name: 'Inbox ID', value: 'inbox_id' },
								{ name: 'Labels', value: 'labels' },
								{ name: 'Last Activity At', value: 'last_activity_at', description: 'Compare with a date such as 2030-07-21' },
								{ name: 'Priority', value: 'priority', description: 'Low, medium, high or urgent' },
								{ name: 'Referer Link', value: 'referer' },
								{ name: 'Status', value: 'status', description: statusOptions.map((option) => option.value).join(', ') },
								{ name: 'Team ID', value: 'team_id' },
							],
							default: 'status',
						},
						{
							displayName: 'Custom Attribute Key',
							name: 'customAttributeKey',
							type: 'string',
							default: '',
							placeholder: 'e.g. order_id',
							displayOptions: { show: { attribute: ['custom'] } },
						},
						{
							displayName: 'Operator',
							name: 'operator',
							type: 'options',
							options: [
								{ name: 'Contains', value: 'contains' },
								{ name: 'Days Before', value: 'days_before', description: 'For dates: more than this many days ago' },
								{ name: 'Does Not Contain', value: 'does_not_contain' },
								{ name: 'Equal To', value: 'equal_to' },
								{ name: 'Is Greater Than', value: 'is_greater_than' },
								{ name: 'Is Less Than', value: 'is_less_than' },
								{ name: 'Is Not Present', value: 'is_not_present' },
								{ name: 'Is Present', value: 'is_present' },
								{ name: 'Not Equal To', value: 'not_equal_to' },
							],
							default: 'equal_to',
						},
						{
							displayName: 'Values',
							name: 'values',
							type: 'string',
							default: '',
							placeholder: 'e.g. open, pending',
							description: 'One value, or several separated by commas (any of them matches)',
						},
					],
				},
			],
		},
	],
	preSend: [buildFilterPayload],
	output: 'payload',
	paging: numberedPages('payload', 25),
});
