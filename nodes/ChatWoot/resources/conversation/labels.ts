import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { chatWootRequest } from '../../transport/request';
import { recordsAt } from '../../transport/output';
import { conversationFields } from './fields';
import { LABELS } from './getLabels';

/** What Set, Add and Remove Labels share: ChatWoot's POST replaces the whole list (API-NOTES §9). */

export const labelFields = (verb: string, description: string, required = true): INodeProperties[] => [
	...conversationFields(`The conversation to ${verb} labels`),
	{
		displayName: 'Label Names or IDs',
		name: 'labels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabels' },
		default: [],
		required,
		description: `${description} Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
	},
];

/** The labels the user chose: a list, or text separated by commas from an expression. */
function chosenLabels(context: IExecuteSingleFunctions, allowEmpty: boolean): string[] {
	const value = context.getNodeParameter('labels', []) as unknown;
	const labels = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((label) => String(label).trim())
		.filter((label) => label !== '');
	if (!labels.length && !allowEmpty) {
		throw new NodeOperationError(context.getNode(), 'Label Names or IDs is empty', {
			itemIndex: context.getItemIndex(),
			description: 'Choose at least one label.',
		});
	}
	return [...new Set(labels)];
}

async function currentLabels(context: IExecuteSingleFunctions): Promise<string[]> {
	const body = await chatWootRequest.call(context, { method: 'GET', url: LABELS });
	return recordsAt(body, 'payload') as unknown as string[];
}

function withLabels(requestOptions: IHttpRequestOptions, labels: string[]): IHttpRequestOptions {
	return { ...requestOptions, body: { ...((requestOptions.body as IDataObject) ?? {}), labels } };
}

/** Set: exactly the chosen labels; none chosen removes every label. */
export async function replaceLabels(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return withLabels(requestOptions, chosenLabels(this, true));
}

/** Add: the conversation's labels plus the chosen ones, read just before sending. */
export async function addToLabels(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const chosen = chosenLabels(this, false);
	const current = await currentLabels(this);
	return withLabels(requestOptions, [...current, ...chosen.filter((label) => !current.includes(label))]);
}

/** Remove: the conversation's labels without the chosen ones, read just before sending. */
export async function removeFromLabels(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const chosen = chosenLabels(this, false);
	const current = await currentLabels(this);
	return withLabels(requestOptions, current.filter((label) => !chosen.includes(label)));
}
