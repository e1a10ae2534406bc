import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { firstNonId, listEntries } from '../../shared/lists';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/**
 * Lists of record IDs typed as text separated by commas (or given as a list by an expression),
 * checked and sent as numbers.
 */
export function idListFrom(parameter: string, displayName: string, property: string) {
	return async function sendIdList(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const given = this.getNodeParameter(parameter, '') as unknown;
		const entries = listEntries(given);
		const wrong = firstNonId(entries);
		if (!entries.length || wrong !== undefined) {
			throw new NodeOperationError(
				this.getNode(),
				entries.length ? `${displayName}: "${wrong}" is not an ID` : `${displayName} is required`,
				{
					itemIndex: this.getItemIndex(),
					description: 'Enter the numbers as the dashboard shows them, separated by commas, e.g. 12, 15.',
				},
			);
		}
		const body = { ...(requestOptions.body as IDataObject | undefined), [property]: entries.map(Number) };
		return { ...requestOptions, body };
	};
}

/** What the bulk action works on, as ChatWoot's `type` (its bulk_actions route serves several record types). */
export const recordTypeField = (recordType: 'Contact' | 'Conversation'): INodeProperties => ({
	displayName: 'Type',
	name: 'type',
	type: 'hidden',
	default: recordType,
	routing: { send: { type: 'body', property: 'type' } },
});

export const idsField = (displayName: string, description: string): INodeProperties => ({
	displayName,
	name: 'ids',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 12, 15',
	description,
});

export const addLabelsOption: INodeProperties = {
	displayName: 'Add Label Names or IDs',
	name: 'addLabels',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
	default: [],
	description:
		'Labels added to each record; its other labels stay. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: { send: { type: 'body', property: 'labels.add' } },
};

export const removeLabelsOption: INodeProperties = {
	displayName: 'Remove Label Names or IDs',
	name: 'removeLabels',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
	default: [],
	description:
		'Labels taken off each record. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: { send: { type: 'body', property: 'labels.remove' } },
};
