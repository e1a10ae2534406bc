import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { countInMeta, numberedPages } from '../../transport/paging';
import type { PageStrategy } from '../../transport/paging';
import {
	businessHoursOption,
	checkSubjectId,
	dateRangeFields,
	groupByOption,
	reportMetricField,
	reportSubjectFields,
	sendUnixDates,
	timezoneOffsetOption,
} from './fields';

/** v2/reports/drilldown_builder.rb pages by `per_page`, at most 100; every match is counted in `meta.total_count`. */
const DRILLDOWN_PAGE_SIZE = 100;
const drilldownPages: PageStrategy = {
	...numberedPages('payload', DRILLDOWN_PAGE_SIZE, undefined, countInMeta('total_count')),
	first: { page: 1, per_page: DRILLDOWN_PAGE_SIZE },
};

export const getDrilldown = defineOperation({
	resource: 'report',
	value: 'getDrilldown',
	name: 'Get Drilldown',
	action: 'Get the records behind a report chart bar',
	description:
		'The conversations (or messages, for message metrics and response times) counted in one bar of a report chart, newest first (ChatWoot: GET reports/drilldown)',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/drilldown',
	access: { admin: true, since: '4.16.0' },
	fields: [
		accountIdField(),
		reportMetricField,
		...reportSubjectFields,
		...dateRangeFields,
		{
			displayName: 'Bar Start',
			name: 'bucketTimestamp',
			type: 'dateTime',
			default: '',
			required: true,
			description:
				'The start of the bar, as the `timestamp` of a data point from Get Metric Over Time; it must fall in the Since–Until period, which trims the bar',
			routing: { send: { type: 'query', property: 'bucket_timestamp' } },
		},
		optionsCollection('reportOptions', [
			businessHoursOption,
			{ ...groupByOption, description: 'The length of the bar, as the chart was grouped; ChatWoot uses days when not set', options: [{ name: 'Hour', value: 'hour' }, ...(groupByOption.options ?? [])] },
			timezoneOffsetOption,
		]),
	],
	preSend: [checkSubjectId, sendUnixDates],
	paging: drilldownPages,
});
