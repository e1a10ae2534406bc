import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import {
	businessHoursOption,
	checkSubjectId,
	dateRangeFields,
	reportSubjectFields,
	sendUnixDates,
	timezoneOffsetOption,
} from './fields';

export const getMetricTimeseries = defineOperation({
	resource: 'report',
	value: 'getMetricTimeseries',
	name: 'Get Metric Over Time',
	action: 'Get a metric over time',
	description: 'One item per day, week, month or year with the value of a conversation metric (ChatWoot: GET reports)',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports',
	access: { admin: true },
	fields: [
		accountIdField(),
		{
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
		},
		...reportSubjectFields,
		...dateRangeFields,
		optionsCollection('reportOptions', [
			businessHoursOption,
			{
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
			},
			timezoneOffsetOption,
		]),
	],
	preSend: [checkSubjectId, sendUnixDates],
	output: '',
});
