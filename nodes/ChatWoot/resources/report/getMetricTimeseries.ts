import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
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
		reportMetricField,
		...reportSubjectFields,
		...dateRangeFields,
		optionsCollection('reportOptions', [
			businessHoursOption,
			groupByOption,
			timezoneOffsetOption,
		]),
	],
	preSend: [checkSubjectId, sendUnixDates],
	output: '',
});
