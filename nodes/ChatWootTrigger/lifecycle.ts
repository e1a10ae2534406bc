import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { asNodeError } from '../ChatWoot/transport/errors';
import { ACCOUNT_EVENTS } from './events';
import { privateNetworkWarning } from './privateNetwork';
import { accountIdOf, instanceUrl, serverVersion, triggerRequest } from './transport';
import type { TriggerRequest } from './transport';
import { rememberWebhookSecret } from './webhookSecret';

/** What the trigger keeps in the workflow's static data between activation and deliveries. */
export interface TriggerStaticData extends IDataObject {
	webhookId?: number;
	/** The account the webhook was made in, so deactivation deletes it there even when Account was left empty. */
	accountId?: number;
	/** Whether ChatWoot gave the webhook a secret to sign with (4.11.2+); the secret itself stays out of static data (webhookSecret.ts). */
	webhookSigned?: boolean;
	/** The credential's own user, whose messages the loop guard ignores. */
	ownUserId?: number;
	/** The ChatWoot version `GET /api` reported on activation, which explains unsigned deliveries. */
	chatwootVersion?: string;
}

interface Webhook {
	id: number;
	url: string;
	subscriptions?: string[];
	secret?: string;
}

const ADMIN_HINT =
	"Managing webhooks needs an administrator's access token, and ChatWoot refused this one. Use the access token of an administrator of this account in the credential, or add the webhook in ChatWoot by hand and use the Agent Bot or API Inbox source.";

async function webhookRequest<T>(context: IHookFunctions, request: TriggerRequest): Promise<T> {
	return (await triggerRequest.call(context, request, { 401: ADMIN_HINT, 403: ADMIN_HINT })) as T;
}

async function webhooksPath(context: IHookFunctions): Promise<string> {
	return `/api/v1/accounts/${await accountIdOf(context)}/webhooks`;
}

function staticDataOf(context: IHookFunctions): TriggerStaticData {
	return context.getWorkflowStaticData('node') as TriggerStaticData;
}

/** The events to subscribe to; one only bots and API inboxes receive (kept when Source was switched) is refused by name. */
function selectedEvents(context: IHookFunctions): string[] {
	const events = [...(context.getNodeParameter('events', []) as string[])].sort();
	const foreign = events.filter((event) => !ACCOUNT_EVENTS.some((option) => option.value === event));
	if (foreign.length) {
		throw new NodeOperationError(context.getNode(), `Account webhooks cannot subscribe to ${foreign.join(', ')}`, {
			description: 'ChatWoot sends these events to agent bots and API inboxes only. Remove them from Events, or choose the Agent Bot or API Inbox source.',
		});
	}
	return events;
}

function sameEvents(webhook: Webhook, events: string[]): boolean {
	return JSON.stringify([...(webhook.subscriptions ?? [])].sort()) === JSON.stringify(events);
}

/**
 * Stores the webhook's id and whether it is signed (the secret itself in memory only), whose
 * messages are the workflow's own and the server's version, and warns in n8n's log when that version will not deliver to this URL. Only a
 * warning: the instance may allow private addresses (SAFE_FETCH_ALLOW_PRIVATE_NETWORK).
 */
async function remember(context: IHookFunctions, webhook: Webhook): Promise<void> {
	const profile = await webhookRequest<{ id?: number }>(context, { method: 'GET', path: '/api/v1/profile' });
	const version = await serverVersion.call(context);
	const staticData = staticDataOf(context);
	const accountId = await accountIdOf(context);
	const signed = typeof webhook.secret === 'string' && webhook.secret !== '';
	rememberWebhookSecret(await instanceUrl(context), { accountId, webhookId: webhook.id }, signed ? webhook.secret : undefined);
	staticData.webhookId = webhook.id;
	staticData.accountId = accountId;
	staticData.webhookSigned = signed;
	if (typeof profile.id === 'number') staticData.ownUserId = profile.id;
	if (version) staticData.chatwootVersion = version;
	else delete staticData.chatwootVersion;
	const warning = privateNetworkWarning(webhook.url, version);
	if (warning) context.logger.warn(`ChatWoot Trigger "${context.getNode().name}": ${warning}`);
}

function forget(context: IHookFunctions): void {
	const staticData = staticDataOf(context);
	delete staticData.webhookId;
	delete staticData.accountId;
	delete staticData.webhookSigned;
	delete staticData.ownUserId;
	delete staticData.chatwootVersion;
}

/**
 * ChatWoot refuses a second webhook with the same URL, so one already pointing at this
 * trigger (left by an earlier activation or added by hand) is adopted, its events aligned.
 */
export async function adoptExistingWebhook(this: IHookFunctions): Promise<boolean> {
	const url = this.getNodeWebhookUrl('default');
	const listed = await webhookRequest<{ payload?: { webhooks?: Webhook[] } }>(this, { method: 'GET', path: await webhooksPath(this) });
	const existing = listed.payload?.webhooks?.find((webhook) => webhook.url === url);
	if (!existing) {
		forget(this);
		return false;
	}
	const events = selectedEvents(this);
	let adopted = existing;
	if (!sameEvents(existing, events)) {
		const updated = await webhookRequest<{ payload: { webhook: Webhook } }>(this, {
			method: 'PATCH',
			path: `${await webhooksPath(this)}/${existing.id}`,
			body: { webhook: { subscriptions: events } },
		});
		adopted = updated.payload.webhook;
	}
	await remember(this, adopted);
	return true;
}

export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	const created = await webhookRequest<{ payload: { webhook: Webhook } }>(this, {
		method: 'POST',
		path: await webhooksPath(this),
		body: {
			webhook: {
				url: this.getNodeWebhookUrl('default'),
				name: `n8n: ${this.getWorkflow().name ?? 'workflow'}`,
				subscriptions: selectedEvents(this),
			},
		},
	});
	await remember(this, created.payload.webhook);
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const { webhookId, accountId } = staticDataOf(this);
	if (webhookId !== undefined) {
		const webhooks = accountId === undefined ? await webhooksPath(this) : `/api/v1/accounts/${accountId}/webhooks`;
		try {
			await webhookRequest(this, { method: 'DELETE', path: `${webhooks}/${webhookId}` });
		} catch (error) {
			// Already deleted in ChatWoot: what deactivation wanted.
			if (!(error instanceof NodeApiError && error.httpCode === '404')) throw asNodeError(this.getNode(), error);
		}
	}
	forget(this);
	return true;
}
