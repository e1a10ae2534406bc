import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { labelsField } from './fields';
import { chosenLabels } from '../../shared/labels';

async function labelsBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { ...(requestOptions.body as IDataObject), labels: chosenLabels(this) } };
}

export const setContactLabels = defineOperation({
	resource: 'contact',
	value: 'setLabels',
	name: 'Replace Labels',
	action: "Replace a contact's labels",
	description: "Replace all of the contact's labels with these (none removes them all); outputs { labels: [...] }",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/labels',
	fields: [accountIdField(), contactLocator('The contact to label'), labelsField('The labels the contact will have, and no others')],
	preSend: [labelsBody],
	output: withRecordFields({ contact_id: 'contactId' }, labelsOutput),
});
