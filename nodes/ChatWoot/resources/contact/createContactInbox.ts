import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { contactLocator, inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { readPositiveId } from '../../transport/path';

async function inboxBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const sourceId = String(this.getNodeParameter('sourceId', '')).trim();
	const body: IDataObject = { inbox_id: readPositiveId(this, 'inboxId'), ...(sourceId ? { source_id: sourceId } : {}) };
	return { ...requestOptions, body };
}

export const createContactInbox = defineOperation({
	resource: 'contact',
	value: 'createContactInbox',
	name: 'Link to Inbox',
	action: 'Link a contact to an inbox',
	description: 'Link the contact to an inbox under a source ID (its ID in that channel), so conversations can start there',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/contact_inboxes',
	fields: [
		accountIdField(),
		contactLocator('The contact to link'),
		inboxLocator('The inbox to link the contact to'),
		{
			displayName: 'Source ID',
			name: 'sourceId',
			type: 'string',
			default: '',
			description: "The contact's ID in the inbox's channel; ChatWoot generates one when empty",
		},
	],
	preSend: [inboxBody],
	output: withRecordFields({ contact_id: 'contactId' }),
});
