import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { agentLocator, inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { countInMeta, numberedPages } from '../../transport/paging';
import { dateRangeFilterOptions, requireBothDates, sendUnixDates } from '../report/fields';

/**
 * The call log (enterprise call_finder.rb, ChatWoot 4.16.0+): Twilio and WhatsApp calls alike.
 * Administrators and custom roles with report_manage see every call; other agents only the
 * calls they took in conversations they can see.
 */
export const getManyCalls = defineOperation({
	resource: 'call',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List the voice calls of the account, newest first; agents without report access see only the calls they took',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/calls',
	access: { enterprise: true, since: '4.16.0' },
	fields: [
		accountIdField(),
		filtersCollection('callFilters', [
			{ ...agentLocator('Only calls this agent took'), displayName: 'Agent', required: false, routing: { send: { type: 'query', property: 'agent_id' } } },
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Outbound', value: 'outbound' },
				],
				default: 'inbound',
				routing: { send: { type: 'query', property: 'direction' } },
			},
			{ ...inboxLocator('Only calls of this inbox'), required: false, routing: { send: { type: 'query', property: 'inbox_id' } } },
			...dateRangeFilterOptions.map((option) => ({ ...option, description: `${option.description}; needs both Since and Until` })),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Completed', value: 'completed' },
					{ name: 'Failed', value: 'failed' },
					{ name: 'In Progress', value: 'in-progress' },
					{ name: 'No Answer', value: 'no-answer' },
					{ name: 'Rejected', value: 'rejected' },
					{ name: 'Ringing', value: 'ringing' },
				],
				default: 'completed',
				routing: { send: { type: 'query', property: 'status' } },
			},
		]),
	],
	preSend: [requireBothDates, sendUnixDates],
	// 25 a page, every match counted in `meta.count`.
	paging: numberedPages('payload', 25, undefined, countInMeta('count')),
});
