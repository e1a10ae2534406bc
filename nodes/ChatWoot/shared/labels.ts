import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { recordsAt } from '../transport/output';
import { chatWootRequest, sendRoutedRequest } from '../transport/request';
import { oneAtATime, recordKey } from '../transport/serialize';
import { uniqueEntries } from './lists';
import type { RequestStep } from './operation';
import { fieldLabel } from './validation';

/**
 * Labels of contacts and conversations: ChatWoot's POST …/labels replaces the whole list
 * (API-NOTES §9), so adding or removing some reads the list and sends it back changed.
 */

/** The Labels field of this item, as a list of titles (a list, or text separated by commas from an expression). */
export function chosenLabels(context: IExecuteSingleFunctions): string[] {
	return uniqueEntries(context.getNodeParameter('labels', []));
}

/** A preSend refusing an empty Labels field, named as the operation shows it (Label Names or IDs as Labels). */
export function requireLabels(fieldName: string) {
	return async function refuseNoLabels(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		if (!chosenLabels(this).length) {
			throw new NodeOperationError(this.getNode(), `${fieldLabel(fieldName)}: choose at least one label`, {
				itemIndex: this.getItemIndex(),
				description: 'Choose at least one label, or give an expression that returns label names.',
			});
		}
		return requestOptions;
	};
}

/**
 * The request of Add/Remove Labels: the record's labels at `labelsPath` (a path template) are
 * read and sent back changed; items of this run for the same record take turns, so two items
 * labelling one record keep each other's labels.
 */
export function changeLabels(
	labelsPath: string,
	recordParameter: string,
	change: (current: string[], chosen: string[]) => string[],
): RequestStep {
	return async function sendChangedLabels(this: IExecutePaginationFunctions, requestData) {
		const record = String(this.getNodeParameter(recordParameter, '', { extractValue: true }));
		return await oneAtATime(recordKey(this, labelsPath, record), async () => {
			const body = (await chatWootRequest.call(this, { method: 'GET', url: labelsPath })) as IDataObject;
			const labels = change(recordsAt(body, 'payload') as unknown as string[], chosenLabels(this));
			return await sendRoutedRequest.call(this, { ...requestData, options: { ...requestData.options, body: { labels } } });
		});
	};
}

export const addingLabels = (current: string[], chosen: string[]) => [...new Set([...current, ...chosen])];
export const removingLabels = (current: string[], chosen: string[]) => current.filter((label) => !chosen.includes(label));
