import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { dateRangeFields, sendUnixDates } from './fields';
import { listEntries } from '../../shared/lists';

const ID_LISTS: Record<string, string> = { inbox_ids: 'Inbox IDs', label_ids: 'Label IDs' };

/** Inbox IDs and Label IDs are typed as comma-separated numbers and sent as lists. */
async function splitIdLists(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = { ...(requestOptions.qs ?? {}) } as IDataObject;
	for (const [name, label] of Object.entries(ID_LISTS)) {
		if (qs[name] === undefined) continue;
		const ids = listEntries(String(qs[name]));
		const wrong = ids.find((id) => !/^\d+$/.test(id));
		if (wrong !== undefined) {
			throw new NodeOperationError(this.getNode(), `${label} must be numbers separated by commas, not "${String(qs[name])}"`, {
				itemIndex: this.getItemIndex(),
				description: `"${wrong}" is not a numeric ID. Enter e.g. 1, 4, 7.`,
			});
		}
		qs[name] = ids;
	}
	return { ...requestOptions, qs };
}

/** ChatWoot's matrix (`inboxes[i]` × `labels[j]` → `matrix[i][j]`) as one item per inbox and label. */
async function matrixCellsToItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { inboxes = [], labels = [], matrix = [] } = (response.body ?? {}) as {
		inboxes?: IDataObject[];
		labels?: IDataObject[];
		matrix?: number[][];
	};
	return inboxes.flatMap((inbox, row) =>
		labels.map((label, column) => ({
			json: {
				inbox_id: inbox.id,
				inbox_name: inbox.name,
				label_id: label.id,
				label_title: label.title,
				conversations_count: matrix[row]?.[column] ?? 0,
			},
		})),
	);
}

export const getInboxLabelMatrix = defineOperation({
	resource: 'report',
	value: 'getInboxLabelMatrix',
	name: 'Get Inbox Label Matrix',
	action: 'Get the inbox label matrix',
	description: 'One item per inbox and label with the number of conversations of that inbox carrying that label in the period',
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/reports/inbox_label_matrix',
	access: { admin: true },
	fields: [
		accountIdField(),
		...dateRangeFields,
		filtersCollection('reportFilters', [
			{
				displayName: 'Inbox IDs',
				name: 'inboxIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1, 4',
				description: 'Only these inboxes (comma-separated IDs)',
				routing: { send: { type: 'query', property: 'inbox_ids' } },
			},
			{
				displayName: 'Label IDs',
				name: 'labelIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2, 5',
				description: 'Only these labels (comma-separated IDs)',
				routing: { send: { type: 'query', property: 'label_ids' } },
			},
		]),
	],
	preSend: [sendUnixDates, splitIdLists],
	output: [matrixCellsToItems],
});
