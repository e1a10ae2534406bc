import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';

import { tokenTypeOf } from './access';
import { perExecution } from './perExecution';

/** What the Account field says about leaving it empty; shared by every node that has one. */
export const EMPTY_ACCOUNT_HINT = "Leave empty to use the token's only account";

/** What `GET /api/v1/profile` lists of the accounts the token's user belongs to. */
export interface ProfileAccounts {
	accounts?: Array<{ id?: unknown; name?: unknown }>;
}

/** Any n8n context a node reads its parameters with (execution, editor list, trigger). */
interface ParameterReader {
	getNodeParameter(name: string, fallback: unknown, options: { extractValue: boolean }): unknown;
}

/** The Account field's ID (By URL yields the ID in the address), or '' when it was left empty. */
export function chosenAccount(context: ParameterReader): string {
	return String(context.getNodeParameter('accountId', '', { extractValue: true }) ?? '').trim();
}

/**
 * The ID of the token user's only account; several (or none) are refused naming them, since
 * guessing would act in the wrong account.
 */
export function onlyAccount(node: INode, profile: ProfileAccounts, itemIndex?: number): string {
	const accounts = profile.accounts ?? [];
	if (accounts.length === 1) return String(accounts[0].id);
	const named = accounts.map((account) => `${String(account.id)} (${String(account.name)})`).join(', ');
	throw new NodeOperationError(
		node,
		accounts.length ? `The token's user belongs to ${accounts.length} accounts: choose one in Account` : "The token's user belongs to no account",
		{
			itemIndex,
			description: accounts.length
				? `Account was left empty, which means the token's only account, but this user has several: ${named}. Pick one From List or enter its ID. Nothing was sent.`
				: 'Account was left empty, which means the only account the token can reach, but ChatWoot lists none for this user. Enter the Account ID.',
		},
	);
}

/** An agent bot token has no profile to read its account from. */
export function botTokenNeedsAccount(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, 'Account is required with an agent bot token', {
		itemIndex,
		description:
			"Only a user's access token can tell which account it belongs to. Pick the bot's account in Account (By ID: the number after /accounts/ in the dashboard address). Nothing was sent.",
	});
}

/** One profile lookup per execution and credential, shared by concurrent items (perExecution). */
const profileOnce = perExecution<Promise<ProfileAccounts>>();

/** Account paths of the application API (v1, and v2 for reports); the Platform API's `{accountId}` is a record it manages, never defaulted. */
const ACCOUNT_PATH = /^\/api\/v[12]\/accounts\/\{accountId\}(?=\/|$)/;

/**
 * The path template with `{accountId}` filled by the token's only account when the Account
 * field was left empty; otherwise unchanged (transport/path.ts checks the ID the user gave).
 */
export async function withDefaultAccount(
	context: IExecuteSingleFunctions,
	template: string,
	{ credentialType, readProfile }: { credentialType: string; readProfile: () => Promise<ProfileAccounts> },
): Promise<string> {
	if (!ACCOUNT_PATH.test(template) || chosenAccount(context) !== '') return template;
	if (tokenTypeOf(context) === 'agentBotToken') throw botTokenNeedsAccount(context.getNode(), context.getItemIndex());
	const account = onlyAccount(context.getNode(), await profileOnce(context, credentialType, [], readProfile), context.getItemIndex());
	return template.replace('{accountId}', account);
}
