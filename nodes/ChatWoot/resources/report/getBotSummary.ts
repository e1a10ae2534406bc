import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { dateRangeFields, sendUnixDates } from './fields';

export const getBotSummary = defineOperation({
	resource: 'report',
	value: 'getBotSummary',
	name: 'Get Bot Summary',
	action: 'Get a bot summary',
	description: "One item with the bot's resolutions and handoffs in the period and, under previous, those of the period just before",
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/bot_summary',
	access: { admin: true },
	fields: [accountIdField(), ...dateRangeFields],
	preSend: [sendUnixDates],
	output: '',
});
