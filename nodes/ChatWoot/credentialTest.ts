import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { normalizeBaseUrl } from './transport/baseUrl';

/**
 * An agent bot has no `/api/v1/profile` and may call only conversation routes. Showing
 * conversation 0 of account 0 proves the token without touching anything: ChatWoot checks the
 * token (401 "Invalid Access Token"), then the bot's allowed routes, and only then looks the
 * account up (404) — so a 404 in ChatWoot's words means the token was accepted.
 */
export async function agentBotToken(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	let root: string;
	try {
		root = normalizeBaseUrl(String(data.baseUrl ?? ''));
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
	try {
		await this.helpers.request({
			method: 'GET',
			uri: `${root}/api/v1/accounts/0/conversations/0`,
			headers: { 'Api-Access-Token': String(data.accessToken ?? ''), Accept: 'application/json' },
			json: true,
		});
		return { status: 'Error', message: `${root} answered like no ChatWoot would: check the Base URL` };
	} catch (error) {
		const failure = error as { statusCode?: number; error?: unknown; response?: { status?: number; data?: unknown } };
		const status = failure.statusCode ?? failure.response?.status;
		const body = JSON.stringify(failure.error ?? failure.response?.data ?? '');
		if (status === 404 && body.includes('Resource could not be found')) {
			return { status: 'OK', message: 'ChatWoot accepted the token' };
		}
		if (status === 401) {
			return {
				status: 'Error',
				message: "ChatWoot rejected the token. Copy the bot's access token again from Settings → Bots in ChatWoot.",
			};
		}
		if (status) {
			return {
				status: 'Error',
				message: `The Base URL answers ${status}, but not like ChatWoot. Enter the address you open ChatWoot at, e.g. https://app.chatwoot.com.`,
			};
		}
		return { status: 'Error', message: `Could not reach ${root}: ${(error as Error).message}` };
	}
}
