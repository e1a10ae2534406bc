import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { uniqueEntries } from '../../shared/lists';
import { contactCount, contactSort, labelsField, moreContacts, sortOptions, sortQuery } from './fields';

/** The labels chosen, each once (request.ts sends them as `labels[]=a&labels[]=b`). */
async function labelsQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const labels = uniqueEntries((this.getNodeParameter('options', {}) as IDataObject).labels);
	if (!labels.length) return requestOptions;
	return { ...requestOptions, qs: { ...requestOptions.qs, labels } };
}

export const getManyContacts = defineOperation({
	resource: 'contact',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List the contacts that have an email, phone number or identifier, optionally only those with some labels',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		optionsCollection('options', [labelsField('Only contacts with at least one of these labels'), ...sortOptions]),
		contactSort.field,
	],
	preSend: [sortQuery, contactSort.preSend, labelsQuery],
	paging: numberedPages('payload', 15, moreContacts, contactCount),
});
