import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

/** `emails[]` from comma- or line-separated text, or an array from an expression. */
async function emailList(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const given = (requestOptions.body as IDataObject).emails;
	const emails = (Array.isArray(given) ? given : String(given ?? '').split(/[,\n]/))
		.map((email) => String(email).trim())
		.filter((email) => email !== '');
	if (!emails.length) {
		throw new NodeOperationError(this.getNode(), 'Emails: enter at least one email address', {
			itemIndex: this.getItemIndex(),
			description: 'Separate several addresses with commas, e.g. ann@example.com, bob@example.com.',
		});
	}
	return { ...requestOptions, body: { emails } };
}

export const bulkCreateAgents = defineOperation({
	resource: 'agent',
	value: 'bulkCreate',
	name: 'Invite Many',
	action: 'Invite many agents',
	description: 'Invite several people as agents by email; ChatWoot skips addresses it cannot use',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agents/bulk_create',
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Emails', 'emails', 'emails', {
			placeholder: 'ann@example.com, bob@example.com',
			description: 'Comma-separated email addresses; each becomes an agent named after the address',
		}),
	],
	preSend: [emailList],
	output: '',
});
