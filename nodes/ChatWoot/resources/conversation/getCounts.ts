import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { recordsAt } from '../../transport/output';
import { CONVERSATIONS, listFilterOptions } from './fields';

/** The counts are in `data.meta` (as in the list's envelope); the spec documents a top-level `meta`, so both are read. */
async function countsOnly(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const [counts] = [...recordsAt(response.body, 'data.meta'), ...recordsAt(response.body, 'meta')];
	return [{ json: counts ?? {} }];
}

export const getConversationCounts = defineOperation({
	resource: 'conversation',
	value: 'getCounts',
	name: 'Get Counts',
	action: 'Get conversation counts',
	description:
		'Count conversations: mine, unassigned, assigned and all, for a status, inbox, team, labels or search text. ChatWoot allows 30 calls a minute.',
	method: 'GET',
	path: `${CONVERSATIONS}/meta`,
	fields: [
		accountIdField(),
		{
			displayName: 'Filters',
			name: 'conversationFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: listFilterOptions,
		},
	],
	output: [countsOnly],
});
