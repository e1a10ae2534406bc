import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { agentSummary } from '../../shared/simplify';
import { wholeList } from '../../transport/paging';
import { firstNonId, listEntries } from '../../shared/lists';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** `inbox_ids[]` as whole numbers, from the list, an array or comma-separated text. */
async function inboxIdList(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const given = qs.inbox_ids;
	const ids = listEntries(given);
	const wrong = firstNonId(ids);
	if (!ids.length || wrong !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			wrong === undefined ? 'Inboxes: choose at least one inbox' : `Inboxes: "${wrong}" is not an inbox ID`,
			{ itemIndex: this.getItemIndex(), description: 'Pick inboxes from the list, or give their numeric IDs, e.g. 1,2.' },
		);
	}
	return { ...requestOptions, qs: { ...qs, inbox_ids: ids.map(Number) } };
}

export const getAssignableAgents = defineOperation({
	resource: 'agent',
	value: 'getAssignable',
	name: 'Get Assignable',
	action: 'Get agents assignable in inboxes',
	description: 'List the agents who can be assigned conversations in every one of the given inboxes, plus the administrators',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/assignable_agents',
	simplify: agentSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Inbox Names or IDs',
			name: 'inboxIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getInboxes', ...LOADED_FROM_ACCOUNT },
			default: [],
			required: true,
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			routing: { send: { type: 'query', property: 'inbox_ids' } },
		},
	],
	preSend: [inboxIdList],
	paging: wholeList('payload'),
});
