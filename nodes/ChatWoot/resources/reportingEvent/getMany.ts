import type { IDataObject } from 'n8n-workflow';

import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { agentLocator, inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { dateRangeFilterOptions, sendUnixDates } from '../report/fields';

/** `meta.total_pages` says when the last page was read. */
const hasMorePages = (body: IDataObject) => {
	const meta = (body.meta ?? {}) as IDataObject;
	return meta.total_pages === undefined ? undefined : Number(meta.current_page) < Number(meta.total_pages);
};

export const getManyReportingEvents = defineOperation({
	resource: 'reportingEvent',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many reporting events',
	description:
		'The events ChatWoot computes its reports from (first response, reply time, resolution, bot handoff…), one item each, newest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/reporting_events',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		filtersCollection('reportingEventFilters', [
			{ ...agentLocator('Only events of this agent', 'userId'), displayName: 'Agent', required: false, routing: { send: { type: 'query', property: 'user_id' } } },
			{
				displayName: 'Event Name',
				name: 'name',
				type: 'options',
				default: 'first_response',
				options: [
					{ name: 'Bot Handoff', value: 'conversation_bot_handoff' },
					{ name: 'Bot Resolved', value: 'conversation_bot_resolved' },
					{ name: 'Conversation Opened', value: 'conversation_opened' },
					{ name: 'Conversation Resolved', value: 'conversation_resolved' },
					{ name: 'First Response', value: 'first_response' },
					{ name: 'Reply Time', value: 'reply_time' },
				],
				routing: { send: { type: 'query', property: 'name' } },
			},
			{ ...inboxLocator('Only events of this inbox'), required: false, routing: { send: { type: 'query', property: 'inbox_id' } } },
			...dateRangeFilterOptions,
		]),
	],
	preSend: [sendUnixDates],
	paging: numberedPages('payload', 25, hasMorePages),
});
