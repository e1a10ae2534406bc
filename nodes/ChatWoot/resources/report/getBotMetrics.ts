import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { dateRangeFields, sendUnixDates } from './fields';

export const getBotMetrics = defineOperation({
	resource: 'report',
	value: 'getBotMetrics',
	name: 'Get Bot Metrics',
	action: 'Get bot metrics',
	description: 'One item with the conversation and message counts, resolution rate and handoff rate of agent bots in the period',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/bot_metrics',
	access: { admin: true },
	fields: [accountIdField(), ...dateRangeFields],
	preSend: [sendUnixDates],
	output: '',
});
