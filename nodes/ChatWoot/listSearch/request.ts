import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { credentialTypeOf, tokenTypeOf } from '../transport/access';
import { chosenAccount, onlyAccount } from '../transport/account';
import type { ProfileAccounts } from '../transport/account';
import { normalizeBaseUrl } from '../transport/baseUrl';
import { chatWootApiError } from '../transport/errors';

/**
 * The typeOptions of every list of the selected account's records, so that n8n's editor reloads
 * it when another Account is chosen (the labels, agents and inboxes lists, the record locators,
 * the custom attribute mapper). n8n 1.x and 2.x alike (ParameterInput, ResourceLocator,
 * ResourceMapper) read each dependency with lodash `get` on the node's parameters and compare
 * them joined as text: Account is a resource locator, an object, so its path is `accountId.value`.
 */
export const LOADED_FROM_ACCOUNT: { loadOptionsDependsOn: string[] } = { loadOptionsDependsOn: ['accountId.value'] };

/**
 * The account every list but the accounts list belongs to: the one chosen in the node, or,
 * with Account left empty, the token's only account (as when the node runs).
 */
export async function selectedAccount(context: ILoadOptionsFunctions): Promise<string> {
	const account = chosenAccount(context);
	if (/^\d+$/.test(account)) return account;
	if (account === '' && tokenTypeOf(context) !== 'agentBotToken') {
		return onlyAccount(context.getNode(), (await listRequest(context, '/api/v1/profile')) as ProfileAccounts);
	}
	throw new NodeOperationError(context.getNode(), 'Choose an Account first', {
		description: 'The list is loaded from the selected ChatWoot account.',
	});
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
