import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { credentialTypeOf } from '../transport/access';
import { normalizeBaseUrl } from '../transport/baseUrl';
import { chatWootApiError } from '../transport/errors';

/** The account chosen in the node, which every list but the accounts list belongs to. */
export function selectedAccount(context: ILoadOptionsFunctions): string {
	const account = String(context.getNodeParameter('accountId', '', { extractValue: true }) ?? '').trim();
	if (!/^\d+$/.test(account)) {
		throw new NodeOperationError(context.getNode(), 'Choose an Account first', {
			description: 'The list is loaded from the selected ChatWoot account.',
		});
	}
	return account;
}

/** A GET for the editor's dropdowns and lists, with ChatWoot's errors in its own words. */
export async function listRequest(context: ILoadOptionsFunctions, url: string, qs: IDataObject = {}): Promise<unknown> {
	const credentialType = credentialTypeOf(context);
	const credentials = await context.getCredentials(credentialType);
	const baseURL = normalizeBaseUrl(String(credentials.baseUrl));
	try {
		return await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
			method: 'GET',
			baseURL,
			url,
			qs,
			json: true,
		});
	} catch (error) {
		throw chatWootApiError(context.getNode(), error, { method: 'GET', url, baseURL }, 0);
	}
}
