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

export const getConversationSummary = defineOperation({
	resource: 'report',
	value: 'getConversationSummary',
	name: 'Get Conversation Summary',
	action: 'Get a conversation summary',
	description:
		'One item with the totals of the period (conversations, messages, response and resolution times) and, under previous, those of the period just before',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/summary',
	access: { admin: true },
	fields: [
		accountIdField(),
		...reportSubjectFields,
		...dateRangeFields,
		optionsCollection('reportOptions', [businessHoursOption, timezoneOffsetOption]),
	],
	preSend: [checkSubjectId, sendUnixDates],
	output: '',
});
