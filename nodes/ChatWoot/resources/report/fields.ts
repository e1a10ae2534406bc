import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { unixSeconds } from '../../shared/dates';
import { positiveId } from '../../transport/path';

/**
 * What report-like operations share: date ranges picked as dates and sent as unix seconds,
 * report options, and the conversion of ChatWoot's CSV and keyed-object answers into one
 * item per row.
 */

/** The dates report queries carry, by query parameter: each is sent as unix seconds (`sendUnixDates`). */
const DATE_LABELS: Record<string, string> = { since: 'Since', until: 'Until', bucket_timestamp: 'Bar Start' };

/** A required date of the report's range, sent as `since` or `until` (unix seconds, see `sendUnixDates`). */
export function dateField(name: 'since' | 'until', description: string): INodeProperties {
	return {
		displayName: DATE_LABELS[name],
		name,
		type: 'dateTime',
		default: '',
		required: true,
		description,
		routing: { send: { type: 'query', property: name } },
	};
}

/** Since and Until, both required: the range every report is computed over. */
export const dateRangeFields: INodeProperties[] = [
	dateField('since', 'Start of the period the report covers'),
	dateField('until', 'End of the period the report covers'),
];

/** Optional Since and Until, as options of a Filters collection. */
export const dateRangeFilterOptions: INodeProperties[] = [
	{ ...dateField('since', 'Only records created at or after this moment'), required: false },
	{ ...dateField('until', 'Only records created at or before this moment'), required: false },
];

/** A conversation metric of ChatWoot's report charts (reports/report_metric_registry.rb), sent as `metric`. */
export const reportMetricField: INodeProperties = {
	displayName: 'Metric',
	name: 'metric',
	type: 'options',
	default: 'conversations_count',
	options: [
		{ name: 'Average First Response Time', value: 'avg_first_response_time', description: 'In seconds' },
		{ name: 'Average Reply Time', value: 'reply_time', description: 'In seconds' },
		{ name: 'Average Resolution Time', value: 'avg_resolution_time', description: 'In seconds' },
		{ name: 'Bot Handoffs', value: 'bot_handoffs_count' },
		{ name: 'Bot Resolutions', value: 'bot_resolutions_count' },
		{ name: 'Conversations', value: 'conversations_count' },
		{ name: 'Incoming Messages', value: 'incoming_messages_count' },
		{ name: 'Outgoing Messages', value: 'outgoing_messages_count' },
		{ name: 'Resolutions', value: 'resolutions_count' },
	],
	routing: { send: { type: 'query', property: 'metric' } },
};

/** The length of each data point of a chart, sent as `group_by`; ChatWoot uses days when it is not set. */
export const groupByOption: INodeProperties = {
	displayName: 'Group By',
	name: 'groupBy',
	type: 'options',
	default: 'day',
	description: 'The length of each data point; ChatWoot uses days when not set',
	options: [
		{ name: 'Day', value: 'day' },
		{ name: 'Month', value: 'month' },
		{ name: 'Week', value: 'week' },
		{ name: 'Year', value: 'year' },
	],
	routing: { send: { type: 'query', property: 'group_by' } },
};

export const businessHoursOption: INodeProperties = {
	displayName: 'Business Hours',
	name: 'businessHours',
	type: 'boolean',
	default: false,
	description: "Whether to count times only within the inboxes' business hours",
	routing: { send: { type: 'query', property: 'business_hours' } },
};

export const timezoneOffsetOption: INodeProperties = {
	displayName: 'Timezone Offset',
	name: 'timezoneOffset',
	type: 'number',
	typeOptions: { numberPrecision: 2 },
	default: 0,
	description: 'Hours from UTC that days and hours are counted in, e.g. 5.5 for India or -5 for New York in winter',
	routing: { send: { type: 'query', property: 'timezone_offset' } },
};

/** Turns the dates in the query (Since, Until, Bar Start) into the unix seconds ChatWoot expects, and checks the range's order. */
export async function sendUnixDates(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const qs = { ...(requestOptions.qs ?? {}) } as IDataObject;
	for (const name of Object.keys(DATE_LABELS)) {
		if (qs[name] === undefined) continue;
		const seconds = unixSeconds(qs[name], this.getTimezone());
		if (seconds === undefined) {
			throw new NodeOperationError(this.getNode(), `${DATE_LABELS[name]} is not a date: "${String(qs[name])}"`, {
				itemIndex: this.getItemIndex(),
				description: 'Pick a date, or give an ISO date such as 2025-01-31 or 2025-01-31T18:00:00+01:00.',
			});
		}
		qs[name] = String(seconds);
	}
	if (qs.since !== undefined && qs.until !== undefined && Number(qs.since) > Number(qs.until)) {
		throw new NodeOperationError(this.getNode(), 'Since is after Until', {
			itemIndex: this.getItemIndex(),
			description: 'The report period must start before it ends: swap the two dates.',
		});
	}
	return { ...requestOptions, qs };
}

/** For filters ChatWoot applies only with both dates (call_finder.rb): one date alone is refused rather than ignored. */
export async function requireBothDates(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const { since, until } = (requestOptions.qs ?? {}) as IDataObject;
	if ((since === undefined) === (until === undefined)) return requestOptions;
	throw new NodeOperationError(this.getNode(), `${since === undefined ? 'Until' : 'Since'} is set without ${since === undefined ? 'Since' : 'Until'}`, {
		itemIndex: this.getItemIndex(),
		description: 'ChatWoot filters by date only when both Since and Until are given: add the other one, or remove this one.',
	});
}

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows of fields. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else {
			field += char;
		}
	}
	if (field !== '' || row.length) rows.push([...row, field]);
	return rows.filter((fields) => fields.some((value) => value !== ''));
}

/** ChatWoot's CSV downloads as items: one per row, keyed by the header row's column names. */
export async function csvRowsToItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as unknown;
	const text = (Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '').replace(/^\uFEFF/, '');
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	return rows.map((fields) => ({
		json: Object.fromEntries(header.map((column, index) => [column, fields[index] ?? ''])),
	}));
}

/** A body keyed by channel type (`{"Channel::Api": {...}}`) as one item per channel, the key in `channel_type`. */
export async function channelKeysToItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body ?? {}) as IDataObject;
	return Object.entries(body).map(([channelType, values]) => ({
		json: { channel_type: channelType, ...(values as IDataObject) },
	}));
}

/** What a report is about: the whole account, or one agent, inbox, label or team. */
export const reportSubjectFields: INodeProperties[] = [
	{
		displayName: 'Report On',
		name: 'type',
		type: 'options',
		default: 'account',
		options: [
			{ name: 'Account', value: 'account', description: 'All conversations of the account' },
			{ name: 'Agent', value: 'agent' },
			{ name: 'Inbox', value: 'inbox' },
			{ name: 'Label', value: 'label' },
			{ name: 'Team', value: 'team' },
		],
		routing: { send: { type: 'query', property: 'type' } },
	},
	{
		displayName: 'Agent, Inbox, Label or Team ID',
		name: 'subjectId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 3',
		description: 'The numeric ID of the agent, inbox, label or team the report is about',
		displayOptions: { show: { type: ['agent', 'inbox', 'label', 'team'] } },
		routing: { send: { type: 'query', property: 'id' } },
	},
];

/** The report's ID when one is needed: a positive whole number, checked before sending. */
export async function checkSubjectId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const id = requestOptions.qs?.id;
	if (id === undefined) return requestOptions;
	return { ...requestOptions, qs: { ...requestOptions.qs, id: positiveId(this, id, 'Agent, Inbox, Label or Team ID') } };
}
