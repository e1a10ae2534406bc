import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { chatWootRequest, sendRoutedRequest } from '../../transport/request';
import { uniqueEntries } from '../../shared/lists';
import { oneAtATime, recordKey } from '../../transport/serialize';
import type { RequestStep } from '../../shared/operation';

/** The Labels field of this item, as a list of titles. */
export function chosenLabels(context: IExecuteSingleFunctions): string[] {
	return uniqueEntries(context.getNodeParameter('labels', []));
}

export async function requireLabels(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (!chosenLabels(this).length) {
		throw new NodeOperationError(this.getNode(), 'Labels is empty', {
			itemIndex: this.getItemIndex(),
			description: 'Choose at least one label, or give an expression that returns label names.',
		});
	}
	return requestOptions;
}

async function currentLabels(context: IExecutePaginationFunctions): Promise<string[]> {
	const body = (await chatWootRequest.call(context, {
		method: 'GET',
		url: '/api/v1/accounts/{accountId}/contacts/{contactId}/labels',
	})) as IDataObject;
	return (body.payload as string[] | undefined) ?? [];
}

/**
 * ChatWoot's POST replaces a contact's labels (API-NOTES §9), so adding or removing some means
 * reading the list and sending it back changed; items of this run for the same contact take turns.
 */
export function changeLabels(change: (current: string[], chosen: string[]) => string[]): RequestStep {
	return async function sendChangedLabels(requestData) {
		const contactId = this.getNodeParameter('contactId', '', { extractValue: true });
		return await oneAtATime(recordKey(this, 'contactLabels', String(contactId)), async () => {
			const labels = change(await currentLabels(this), chosenLabels(this));
			return await sendRoutedRequest.call(this, { ...requestData, options: { ...requestData.options, body: { labels } } });
		});
	};
}
