import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { chosenLabels } from '../../shared/labels';
import { conversationFields } from './fields';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** What Set, Add and Remove Labels share: the conversation and the labels. */

export const LABEL_FIELD_NAME = 'Label Names or IDs';

export const labelFields = (verb: string, description: string, required = true): INodeProperties[] => [
	...conversationFields(`The conversation to ${verb} labels`),
	{
		displayName: LABEL_FIELD_NAME,
		name: 'labels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
		default: [],
		required,
		description: `${description} Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
	},
];

/** Set: exactly the chosen labels; none chosen removes every label. */
export async function replaceLabels(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { ...((requestOptions.body as IDataObject) ?? {}), labels: chosenLabels(this) } };
}
