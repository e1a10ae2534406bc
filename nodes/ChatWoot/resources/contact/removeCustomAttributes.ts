import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { uniqueEntries } from '../../shared/lists';

async function keysBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const keys = uniqueEntries(this.getNodeParameter('attributeKeys', ''));
	if (!keys.length) {
		throw new NodeOperationError(this.getNode(), 'Attribute Keys is empty', {
			itemIndex: this.getItemIndex(),
			description: 'Enter the keys of the custom attributes to remove, separated by commas, e.g. plan, signup_source.',
		});
	}
	return { ...requestOptions, body: { custom_attributes: keys } };
}

export const removeContactCustomAttributes = defineOperation({
	resource: 'contact',
	value: 'removeCustomAttributes',
	name: 'Remove Custom Attributes',
	action: 'Remove custom attributes from a contact',
	description: 'Delete some custom attribute keys from the contact, keeping the others (Update can only change or blank them)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/{contactId}/destroy_custom_attributes',
	fields: [
		accountIdField(),
		contactLocator('The contact to change'),
		{
			displayName: 'Attribute Keys',
			name: 'attributeKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. plan, signup_source',
			description: 'The keys to remove, separated by commas (an expression may return an array)',
		},
	],
	preSend: [keysBody],
});
