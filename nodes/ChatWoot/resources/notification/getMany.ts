import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { notificationSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { FIRST_VERSION_ONLY } from '../../shared/sort';
import { notificationSort } from './fields';

export const getManyNotifications = defineOperation({
	resource: 'notification',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many notifications',
	description: "List the token's user's notifications in the account, newest first",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/notifications',
	simplify: notificationSummary,
	fields: [
		accountIdField(),
		filtersCollection('notificationFilters', [
			{
				displayName: 'Include',
				name: 'includes',
				type: 'multiOptions',
				options: [
					{ name: 'Read', value: 'read' },
					{ name: 'Snoozed', value: 'snoozed' },
				],
				default: [],
				description: 'Notifications ChatWoot leaves out unless asked for',
				routing: { send: { type: 'query', property: 'includes' } },
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				options: [
					{ name: 'Newest First', value: 'desc' },
					{ name: 'Oldest First', value: 'asc' },
				],
				default: 'desc',
				routing: { send: { type: 'query', property: 'sort_order' } },
				// Version 1 kept its sort among the filters; the Sort collection replaces it.
				displayOptions: FIRST_VERSION_ONLY,
			},
		]),
		notificationSort.field,
	],
	preSend: [notificationSort.preSend],
	// 15 notifications a page (API-NOTES §4 / routes.tsv).
	paging: numberedPages('data.payload', 15),
});
