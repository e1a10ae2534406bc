import type { INodeProperties } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { FIRST_VERSION_ONLY } from '../../shared/sort';
import { CONVERSATIONS, conversationSort, listFilterOptions } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const getManyConversations = defineOperation({
	resource: 'conversation',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List conversations, newest activity first unless sorted otherwise',
	method: 'GET',
	path: CONVERSATIONS,
	simplify: conversationSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Filters',
			name: 'conversationFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Assignee',
					name: 'assigneeType',
					type: 'options',
					options: [
						{ name: 'All', value: 'all' },
						{ name: 'Assigned', value: 'assigned' },
						{ name: 'Me', value: 'me', description: 'Assigned to the owner of the token' },
						{ name: 'Unassigned', value: 'unassigned' },
					],
					default: 'all',
					routing: { send: { type: 'query', property: 'assignee_type' } },
				},
				{
					displayName: 'Conversation Type',
					name: 'conversationType',
					type: 'options',
					options: [
						{ name: 'Mentioned', value: 'mention', description: 'Where the token owner was mentioned' },
						{ name: 'Participating', value: 'participating', description: 'Where the token owner takes part' },
						{ name: 'Unattended', value: 'unattended', description: 'Still waiting for a first reply' },
					],
					default: 'mention',
					routing: { send: { type: 'query', property: 'conversation_type' } },
				},
				...listFilterOptions,
				{
					displayName: 'Updated Within (Seconds)',
					name: 'updatedWithin',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 3600,
					description: 'Only conversations updated in the last this many seconds; ChatWoot then returns all of them at once, without pages',
					routing: { send: { type: 'query', property: 'updated_within' } },
				},
			].sort(byDisplayName) as INodeProperties[],
		},
		{
			displayName: 'Options',
			name: 'conversationOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			// Version 1 kept its sort here; the Sort collection replaces it.
			displayOptions: FIRST_VERSION_ONLY,
			options: [
				{
					displayName: 'Sort By',
					name: 'sortBy',
					type: 'options',
					options: [
						{ name: 'Created (Newest First)', value: 'created_at_desc' },
						{ name: 'Created (Oldest First)', value: 'created_at_asc' },
						{ name: 'Last Activity (Newest First)', value: 'last_activity_at_desc' },
						{ name: 'Last Activity (Oldest First)', value: 'last_activity_at_asc' },
						{ name: 'Priority (Highest First)', value: 'priority_desc' },
						{ name: 'Priority (Lowest First)', value: 'priority_asc' },
						{ name: 'Waiting (Longest First)', value: 'waiting_since_asc' },
						{ name: 'Waiting (Shortest First)', value: 'waiting_since_desc' },
					],
					default: 'last_activity_at_desc',
					routing: { send: { type: 'query', property: 'sort_by' } },
				},
			],
		},
		conversationSort.field,
	],
	preSend: [conversationSort.preSend],
	// With updated_within ChatWoot ignores `page` and answers every match at once (API-NOTES §4).
	paging: numberedPages('data.payload', 25, (_body, sent) => (sent.updated_within !== undefined ? false : undefined)),
});
