import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { listEntries } from '../../shared/lists';

/**
 * Conditions and actions as the dashboard builds them (automation rules and macros share the
 * actions): structured lists in the editor, sent as ChatWoot's `conditions[]` and `actions[]`.
 */

export const automationRuleIdField = (description: string) => idField('automationRuleId', description);

export const conditionsField: INodeProperties = {
	displayName: 'Conditions',
	name: 'conditions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Condition',
	default: {},
	description: 'When the rule runs; conditions are joined in order by their Join With value',
	options: [
		{
			displayName: 'Condition',
			name: 'condition',
			values: [
				{
					displayName: 'Attribute',
					name: 'attributeKey',
					type: 'string',
					default: 'content',
					placeholder: 'e.g. content',
					description: 'What is compared:	content, status, inbox_id, team_id, assignee_id, email, phone_number, browser_language, country_code, referer, mail_subject, message_type, priority, labels, or a custom attribute key',
				},
				{
					displayName: 'Custom Attribute Type',
					name: 'customAttributeType',
					type: 'options',
					options: [
						{
							name: 'None (Standard Attribute)',
							value: '',
						},
						{
							name: 'Contact Attribute',
							value: 'contact_attribute',
						},
						{
							name: 'Conversation Attribute',
							value: 'conversation_attribute',
						},
					],
					default: '',
					description: 'Set when Attribute is the key of a custom attribute',
				},
				{
					displayName: 'Join With',
					name: 'queryOperator',
					type: 'options',
					options: [
						{
							name: 'And',
							value: 'and',
						},
						{
							name: 'Or',
							value: 'or',
						},
						],
					default: 'and',
					description: 'How this condition combines with the next one',
				},
				{
					displayName: 'Operator',
					name: 'filterOperator',
					type: 'options',
					options: [
						{
							name: 'Contains',
							value: 'contains',
						},
						{
							name: 'Days Before',
							value: 'days_before',
						},
						{
							name: 'Does Not Contain',
							value: 'does_not_contain',
						},
						{
							name: 'Equal To',
							value: 'equal_to',
						},
						{
							name: 'Is Greater Than',
							value: 'is_greater_than',
						},
						{
							name: 'Is Less Than',
							value: 'is_less_than',
						},
						{
							name: 'Is Not Present',
							value: 'is_not_present',
						},
						{
							name: 'Is Present',
							value: 'is_present',
						},
						{
							name: 'Not Equal To',
							value: 'not_equal_to',
						},
						{
							name: 'Starts With',
							value: 'starts_with',
						},
						],
					default: 'contains',
				},
				{
					displayName: 'Values',
					name: 'values',
					type: 'string',
					default: '',
					placeholder: 'e.g. refund, invoice',
					description: 'The values to compare with, separated by commas (IDs for inbox, team and assignee)',
				},
			],
		},
	],
};

/** Action names the automation engine and macros run (`ActionService` and its subclasses). */
const ACTION_NAMES = [
	{ name: 'Add Label', value: 'add_label' },
	{ name: 'Add Private Note', value: 'add_private_note' },
	{ name: 'Assign Agent', value: 'assign_agent' },
	{ name: 'Assign Team', value: 'assign_team' },
	{ name: 'Change Priority', value: 'change_priority' },
	{ name: 'Mute Conversation', value: 'mute_conversation' },
	{ name: 'Open Conversation', value: 'open_conversation' },
	{ name: 'Remove Assigned Agent', value: 'remove_assigned_agent' },
	{ name: 'Remove Assigned Team', value: 'remove_assigned_team' },
	{ name: 'Remove Label', value: 'remove_label' },
	{ name: 'Resolve Conversation', value: 'resolve_conversation' },
	{ name: 'Send Attachment', value: 'send_attachment' },
	{ name: 'Send Email to Team', value: 'send_email_to_team' },
	{ name: 'Send Email Transcript', value: 'send_email_transcript' },
	{ name: 'Send Message', value: 'send_message' },
	{ name: 'Send Webhook Event', value: 'send_webhook_event' },
	{ name: 'Snooze Conversation', value: 'snooze_conversation' },
];

/** Actions whose parameter is a list (label titles, IDs, addresses): the text is split at commas. */
const LIST_ACTIONS = new Set(['add_label', 'remove_label', 'assign_agent', 'assign_team', 'send_email_transcript']);

export const actionsField: INodeProperties = {
	displayName: 'Actions',
	name: 'actions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Action',
	default: {},
	description: 'What is done to the conversation, in order',
	options: [
		{
			displayName: 'Action',
			name: 'action',
			values: [
				{
					displayName: 'Action',
					name: 'actionName',
					type: 'options',
					options: ACTION_NAMES,
					default: 'add_label',
				},
				{
					displayName: 'Parameters',
					name: 'actionParams',
					type: 'string',
					default: '',
					placeholder: 'e.g. billing, vip',
					description:
						'Label titles, agent or team IDs or email addresses separated by commas; the text of a message or note; the URL of a webhook; the priority (low, medium, high, urgent); for Send Attachment the Blob ID from Upload → Create. A JSON array is sent as it is. Leave empty for actions without parameters.',
				},
			],
		},
	],
};

function fail(context: IExecuteSingleFunctions, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
}

function actionParams(context: IExecuteSingleFunctions, actionName: string, text: string, position: number): unknown[] {
	const trimmed = text.trim();
	if (trimmed.startsWith('[')) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(trimmed);
		} catch (error) {
			fail(context, `Actions: the parameters of action ${position} are not valid JSON`, `${(error as Error).message}. Enter a JSON array such as ["billing"], or plain text.`);
		}
		if (!Array.isArray(parsed)) fail(context, `Actions: the parameters of action ${position} must be a JSON array`, 'Enter a JSON array such as ["billing"], or plain text.');
		return parsed;
	}
	if (!trimmed) return [];
	return LIST_ACTIONS.has(actionName) ? listEntries(trimmed) : [trimmed];
}

/** Reads the Conditions list at `parameter` into ChatWoot's `conditions[]`, when it is set. */
export function conditionsFrom(parameter: string, required: boolean) {
	return async function sendConditions(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const entries = this.getNodeParameter(`${parameter}.condition`, []) as IDataObject[];
		if (!entries.length) {
			if (required) fail(this, 'Conditions: add at least one condition', 'ChatWoot runs a rule only when its conditions match; add a condition such as Attribute content, Operator Contains.');
			return requestOptions;
		}
		const conditions = entries.map((entry, index) => {
			const attributeKey = String(entry.attributeKey ?? '').trim();
			if (!attributeKey) fail(this, `Conditions: condition ${index + 1} has no Attribute`, 'Enter what the condition compares, e.g. content or status.');
			return {
				attribute_key: attributeKey,
				filter_operator: entry.filterOperator,
				values: listEntries(entry.values),
				query_operator: entry.queryOperator,
				...(entry.customAttributeType ? { custom_attribute_type: entry.customAttributeType } : {}),
			};
		});
		return { ...requestOptions, body: { ...(requestOptions.body as IDataObject), conditions } };
	};
}

/** Reads the Actions list at `parameter` into ChatWoot's `actions[]`, when it is set. */
export function actionsFrom(parameter: string, required: boolean) {
	return async function sendActions(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const entries = this.getNodeParameter(`${parameter}.action`, []) as IDataObject[];
		if (!entries.length) {
			if (required) fail(this, 'Actions: add at least one action', 'Add what should be done, e.g. Add Label with the label title as its parameter.');
			return requestOptions;
		}
		const actions = entries.map((entry, index) => ({
			action_name: entry.actionName,
			action_params: actionParams(this, String(entry.actionName), String(entry.actionParams ?? ''), index + 1),
		}));
		return { ...requestOptions, body: { ...(requestOptions.body as IDataObject), actions } };
	};
}
