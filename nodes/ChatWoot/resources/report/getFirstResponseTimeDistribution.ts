import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { channelKeysToItems, dateRangeFields, sendUnixDates } from './fields';

export const getFirstResponseTimeDistribution = defineOperation({
	resource: 'report',
	value: 'getFirstResponseTimeDistribution',
	name: 'Get First Response Time Distribution',
	action: 'Get the first response time distribution',
	description:
		'One item per channel type (channel_type) with how many conversations got a first response within 0-1h, 1-4h, 4-8h, 8-24h and 24h+',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/first_response_time_distribution',
	access: { admin: true },
	fields: [accountIdField(), ...dateRangeFields],
	preSend: [sendUnixDates],
	output: [channelKeysToItems],
});
