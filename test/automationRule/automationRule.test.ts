import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/automation_rules';
const rule = { id: 7, name: 'Tag refunds', event_name: 'message_created', active: true, conditions: [], actions: [] };
const base = { resource: 'automationRule', accountId: '1' };

const conditions = {
	condition: [
		{ attributeKey: 'content', filterOperator: 'contains', values: 'refund, money back', queryOperator: 'or', customAttributeType: '' },
		{ attributeKey: 'plan', filterOperator: 'equal_to', values: 'pro', queryOperator: 'and', customAttributeType: 'contact_attribute' },
	],
};
const actions = {
	action: [
		{ actionName: 'add_label', actionParams: 'billing, refund' },
		{ actionName: 'send_message', actionParams: 'Thanks, we are on it, promise.' },
		{ actionName: 'send_attachment', actionParams: 'eyJfcmFpbHMiOnt9fQ==--abc' },
		{ actionName: 'resolve_conversation', actionParams: '' },
		{ actionName: 'send_email_to_team', actionParams: '[{"message":"Look","team_ids":[2]}]' },
	],
};
const sentConditions = [
	{ attribute_key: 'content', filter_operator: 'contains', values: ['refund', 'money back'], query_operator: 'or' },
	{ attribute_key: 'plan', filter_operator: 'equal_to', values: ['pro'], query_operator: 'and', custom_attribute_type: 'contact_attribute' },
];
const sentActions = [
	{ action_name: 'add_label', action_params: ['billing', 'refund'] },
	{ action_name: 'send_message', action_params: ['Thanks, we are on it, promise.'] },
	{ action_name: 'send_attachment', action_params: ['eyJfcmFpbHMiOnt9fQ==--abc'] },
	{ action_name: 'resolve_conversation', action_params: [] },
	{ action_name: 'send_email_to_team', action_params: [{ message: 'Look', team_ids: [2] }] },
];

const cases: Array<[string, OperationCase]> = [
	[
		'Get Many returns payload, one item per rule',
		{
			parameters: { ...base, operation: 'getMany', returnAll: true },
			method: 'GET',
			path: PATH,
			reply: { payload: [rule, { ...rule, id: 8 }] },
			output: [rule, { ...rule, id: 8 }],
		},
	],
	[
		'Get unwraps payload',
		{
			parameters: { ...base, operation: 'get', automationRuleId: '7' },
			method: 'GET',
			path: `${PATH}/7`,
			reply: { payload: rule },
			output: [rule],
		},
	],
	[
		'Create sends conditions and actions as ChatWoot lists and takes the bare rule',
		{
			parameters: { ...base, operation: 'create', name: 'Tag refunds', eventName: 'message_created', conditions, actions, automationRuleAdditionalFields: { active: false } },
			method: 'POST',
			path: PATH,
			body: { name: 'Tag refunds', event_name: 'message_created', active: false, conditions: sentConditions, actions: sentActions },
			reply: rule,
			output: [rule],
		},
	],
	[
		'Update sends only what was added; conditions left out stay',
		{
			parameters: { ...base, operation: 'update', automationRuleId: '7', automationRuleUpdateFields: { name: 'Renamed', actions: { action: [actions.action[0]] } } },
			method: 'PATCH',
			path: `${PATH}/7`,
			body: { name: 'Renamed', actions: [sentActions[0]] },
			reply: { payload: { ...rule, name: 'Renamed' } },
			output: [{ ...rule, name: 'Renamed' }],
		},
	],
	[
		'Clone posts to the clone route',
		{
			parameters: { ...base, operation: 'clone', automationRuleId: '7' },
			method: 'POST',
			path: `${PATH}/7/clone`,
			reply: { payload: { ...rule, id: 9 } },
			output: [{ ...rule, id: 9 }],
		},
	],
	[
		'Delete outputs success',
		{
			parameters: { ...base, operation: 'delete', automationRuleId: '7' },
			method: 'DELETE',
			path: `${PATH}/7`,
			output: [{ success: true }],
		},
	],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

test.each([
	['create without conditions', { operation: 'create', name: 'x', actions }, /Conditions: add at least one condition/],
	['create without actions', { operation: 'create', name: 'x', conditions }, /Actions: add at least one action/],
	[
		'create with an empty attribute',
		{ operation: 'create', name: 'x', actions, conditions: { condition: [{ ...conditions.condition[0], attributeKey: ' ' }] } },
		/Conditions: condition 1 has no Attribute/,
	],
	[
		'update with bad JSON parameters',
		{ operation: 'update', automationRuleId: '7', automationRuleUpdateFields: { actions: { action: [{ actionName: 'add_label', actionParams: '[oops' }] } } },
		/Actions: the parameters of action 1 are not valid JSON/,
	],
	['clone with a bad ID', { operation: 'clone', automationRuleId: 'seven' }, /Automation Rule ID must be a positive whole number/],
])('%s is refused before sending', async (_name, parameters, message) => expectRefusal(requests, { ...base, ...parameters }, message));
