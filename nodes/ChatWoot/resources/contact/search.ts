import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { firstVersionOnly } from '../../shared/sort';
import { contactSort, sortOptions, sortQuery } from './fields';

/** ChatWoot answers an empty `q` with a 422: say which field is empty instead. */
async function requireQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (!String(requestOptions.qs?.q ?? '').trim()) {
		throw new NodeOperationError(this.getNode(), 'Search Text is required', {
			itemIndex: this.getItemIndex(),
			description: 'Enter part of a name, email, phone number or identifier to search for.',
		});
	}
	return requestOptions;
}

export const searchContacts = defineOperation({
	resource: 'contact',
	value: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts whose name, email, phone number or identifier contains the text',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/search',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. alice@',
			description: 'Matches any part of the name, email or phone number (any case) or of the identifier (exact case), or the contact ID',
			routing: { send: { type: 'query', property: 'q' } },
		},
		// Version 1's Options held only the sort fields that the Sort collection replaces.
		firstVersionOnly(optionsCollection('options', sortOptions)),
		contactSort.field,
	],
	preSend: [requireQuery, sortQuery, contactSort.preSend],
	paging: numberedPages('payload', 15, (body) => (body.meta as IDataObject | undefined)?.has_more as boolean | undefined),
});
