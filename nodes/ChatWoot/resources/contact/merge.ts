import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { readPositiveId } from '../../transport/path';

async function mergeBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const base = readPositiveId(this, 'baseContactId');
	const mergee = readPositiveId(this, 'mergeeContactId');
	if (base === mergee) {
		throw new NodeOperationError(this.getNode(), `Base Contact and Mergee Contact are the same contact (${base})`, {
			itemIndex: this.getItemIndex(),
			description: 'Choose two different contacts: the second is merged into the first and then deleted.',
		});
	}
	return { ...requestOptions, body: { base_contact_id: base, mergee_contact_id: mergee } };
}

export const mergeContacts = defineOperation({
	resource: 'contact',
	value: 'merge',
	name: 'Merge',
	action: 'Merge two contacts',
	description:
		'Move the conversations, notes and details of one contact into another, then DELETE the merged contact; outputs the contact that remains',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/actions/contact_merge',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		contactLocator('The contact that remains and receives the other contact\'s data', 'baseContactId'),
		contactLocator('The contact merged into the base contact and then deleted', 'mergeeContactId'),
	],
	preSend: [mergeBody],
	output: '',
});
