import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { asNodeError } from '../../transport/errors';
import { sendRoutedRequest } from '../../transport/request';
import { readPositiveId } from '../../transport/path';
import type { RequestStep } from '../../shared/operation';

async function sourceBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const sourceId = String(this.getNodeParameter('sourceId', '')).trim();
	if (!sourceId) {
		throw new NodeOperationError(this.getNode(), 'Source ID is required', {
			itemIndex: this.getItemIndex(),
			description: "Enter the contact's ID in the inbox's channel, e.g. the source_id a contact inbox was created with.",
		});
	}
	return { ...requestOptions, body: { ...(requestOptions.body as IDataObject), inbox_id: readPositiveId(this, 'inboxId'), source_id: sourceId } };
}

/** ChatWoot answers "no such source ID" with a bare 404, which would read like a wrong Base URL. */
const findBySourceId: RequestStep = async function (requestData) {
	try {
		return await sendRoutedRequest.call(this, requestData);
	} catch (error) {
		const body = requestData.options.body as IDataObject;
		if (error instanceof NodeApiError && error.httpCode === '404' && /without an explanation/.test(error.message)) {
			throw new NodeOperationError(this.getNode(), `No contact has source ID "${String(body.source_id)}" in inbox ${String(body.inbox_id)}`, {
				itemIndex: this.getItemIndex(),
				description: 'Check the Source ID and the Inbox. Turn on Continue On Fail to go on with the items that were found.',
			});
		}
		throw asNodeError(this.getNode(), error);
	}
};

export const getContactBySourceId = defineOperation({
	resource: 'contact',
	value: 'getBySourceId',
	name: 'Get by Source ID',
	action: "Get a contact by its ID in an inbox's channel",
	description: "Find the contact an inbox knows by a source ID (the contact's ID in that channel)",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contact_inboxes/filter',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		inboxLocator('The inbox the source ID belongs to'),
		{
			displayName: 'Source ID',
			name: 'sourceId',
			type: 'string',
			required: true,
			default: '',
			description: "The contact's ID in the inbox's channel",
		},
	],
	preSend: [sourceBody],
	output: '',
	send: findBySourceId,
});
