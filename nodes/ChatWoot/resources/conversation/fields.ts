import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { conversationLocator, inboxLocator, teamLocator } from '../../shared/locators';
import { firstNonId, listEntries } from '../../shared/lists';
import { defineSort } from '../../shared/sort';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';
import { fieldLabel } from '../../shared/validation';
import { positiveId } from '../../transport/path';

/** What the Conversation operations share: their paths, the fields that pick a conversation, and the checks made before sending. */

export const CONVERSATIONS = '/api/v1/accounts/{accountId}/conversations';
/** `{conversationId}` is the conversation's per-account number (display_id), the one in dashboard addresses. */
export const CONVERSATION = `${CONVERSATIONS}/{conversationId}`;

/**
 * Agent bot tokens may show a conversation and read or replace its labels from ChatWoot 4.14.2
 * (#14655, `access_token_auth_helper.rb@a9468409`), and turn typing on or off from 4.11.2 (#13705,
 * tag `v4.11.2`); before that ChatWoot answers them 401 (VERSIONS.md).
 */
export const BOT_SHOW_AND_LABELS_SINCE = '4.14.2';
export const BOT_TYPING_SINCE = '4.11.2';

/** The account and the conversation every member operation starts with. */
export const conversationFields = (description: string): INodeProperties[] => [
	accountIdField(),
	conversationLocator(
		`${description}. Its number is the one in the dashboard address, e.g. 7 in …/conversations/7.`,
	),
];

/** The statuses a conversation can have (`Conversation.statuses`). */
export const statusOptions = [
	{ name: 'Open', value: 'open' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Resolved', value: 'resolved' },
	{ name: 'Snoozed', value: 'snoozed' },
];

/** ChatWoot's priorities; `none` is sent as null, which clears it (the enum has no `none` value). */
export const priorityOptions = [
	{ name: 'None', value: 'none' },
	{ name: 'Low', value: 'low' },
	{ name: 'Medium', value: 'medium' },
	{ name: 'High', value: 'high' },
	{ name: 'Urgent', value: 'urgent' },
];

export async function clearPriorityNone(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject | undefined;
	if (body?.priority === 'none') body.priority = null;
	return requestOptions;
}

function fail(context: IExecuteSingleFunctions, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
}

/**
 * Resource locators and ID fields arrive as text; ChatWoot's JSON schema has numbers. A value
 * that is no positive whole number is refused, naming the field.
 */
export function numericBodyIds(fieldNames: Record<string, string>) {
	return async function sendIdsAsNumbers(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = requestOptions.body as IDataObject | undefined;
		for (const [key, label] of Object.entries(fieldNames)) {
			if (body?.[key] !== undefined) body[key] = positiveId(this, body[key], label);
		}
		return requestOptions;
	};
}

/** A list of user IDs (a multi-select's values, or `1, 2, 3` from an expression), refused when any is not a positive number. */
export function userIdList(context: IExecuteSingleFunctions, value: unknown, displayName: string): number[] {
	const fieldName = fieldLabel(displayName);
	const entries = listEntries(value);
	const wrong = firstNonId(entries);
	if (wrong !== undefined) {
		fail(context, `${fieldName} must be positive whole numbers, not "${wrong}"`, 'Choose agents from the list, or give their IDs as a list or separated by commas, e.g. 1, 4, 9.');
	}
	if (!entries.length) fail(context, `${fieldName} is empty`, 'Choose at least one agent, or give an ID such as 4.');
	return entries.map(Number);
}

/** The filters Get Many and Get Counts share (ConversationFinder's parameters, API-NOTES §4). */
export const listFilterOptions: INodeProperties[] = [
	{
		...inboxLocator('Only conversations of this inbox'),
		required: false,
		routing: { send: { type: 'query', property: 'inbox_id' } },
	},
	{
		displayName: 'Label Names or IDs',
		name: 'labels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
		default: [],
		description:
			'Only conversations with any of these labels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'query', property: 'labels' } },
	},
	{
		displayName: 'Search Text',
		name: 'q',
		type: 'string',
		default: '',
		description: 'Only conversations with a message containing this text (any status)',
		routing: { send: { type: 'query', property: 'q' } },
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [{ name: 'All', value: 'all' }, ...statusOptions],
		default: 'all',
		description: 'Without this filter ChatWoot lists open conversations only',
		routing: { send: { type: 'query', property: 'status' } },
	},
	{
		...teamLocator('Only conversations of this team'),
		required: false,
		routing: { send: { type: 'query', property: 'team_id' } },
	},
];

/**
 * The Sort collection of Get Many: ChatWoot takes `sort_by=<field>_<asc|desc>` or an order of
 * its own, and falls back to last activity, newest first, for anything else
 * (`SORT_OPTIONS` in app/finders/conversation_finder.rb: `priority_desc_created_at_asc` since
 * 4.12.0, `unread` since 4.15.0).
 */
export const conversationSort = defineSort({
	resource: 'conversation',
	keys: [
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Last Activity At', value: 'last_activity_at' },
		{ name: 'Priority', value: 'priority', description: 'Descending: urgent first' },
		{ name: 'Priority, Then Oldest', value: 'priority_desc_created_at_asc', description: 'Highest priority first, the oldest first within a priority', fixed: true, since: '4.12.0' },
		{ name: 'Unread First', value: 'unread', description: 'The most unread messages first, then the latest activity', fixed: true, since: '4.15.0' },
		{ name: 'Waiting Since', value: 'waiting_since', description: 'Ascending: waiting longest first' },
	],
	defaultKey: 'last_activity_at',
	defaultDirection: 'desc',
	toQuery: (key, direction) => ({ sort_by: direction ? `${key}_${direction}` : key }),
	unsorted: 'Without it ChatWoot lists the latest activity first',
});
