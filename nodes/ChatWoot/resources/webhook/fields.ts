import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';

/** What Webhook Create and Update share. ChatWoot reads them from `webhook` (API-NOTES §6). */

export const webhookIdField = (description: string) => idField('webhookId', description);

/** Webhook::ALLOWED_WEBHOOK_EVENTS (API-NOTES §6). */
const EVENTS = [
	'contact_created',
	'contact_updated',
	'conversation_created',
	'conversation_status_changed',
	'conversation_typing_off',
	'conversation_typing_on',
	'conversation_updated',
	'inbox_created',
	'inbox_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
];

const titleCase = (event: string) =>
	event
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');

export const urlField: INodeProperties = bodyField('URL', 'url', 'webhook.url', {
	placeholder: 'https://example.com/chatwoot-events',
	description: 'Where ChatWoot POSTs the events; an http(s) address unique in the account, reachable from the ChatWoot server',
});

export const subscriptionsField: INodeProperties = {
	displayName: 'Events',
	name: 'subscriptions',
	type: 'multiOptions',
	options: EVENTS.map((event) => ({ name: titleCase(event), value: event })),
	default: [],
	description: 'The events sent to the URL',
	routing: { send: { type: 'body', property: 'webhook.subscriptions' } },
};

export const nameField: INodeProperties = bodyField('Name', 'name', 'webhook.name');

/** ChatWoot answers a bad URL or an empty event list with a 422; say which field is wrong before sending. */
export async function checkWebhook(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const webhook = ((requestOptions.body as IDataObject | undefined)?.webhook ?? {}) as IDataObject;
	const fail = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex(), description });
	if (webhook.url !== undefined && !/^https?:\/\/[^\s/]+[^\s]*$/i.test(String(webhook.url).trim())) {
		throw fail(`URL must be an http:// or https:// address, not "${String(webhook.url)}"`, 'Enter the full address ChatWoot should send events to, e.g. https://example.com/hook.');
	}
	if (webhook.subscriptions !== undefined && !(webhook.subscriptions as string[]).length) {
		throw fail('Events: pick at least one event', 'ChatWoot refuses a webhook without events.');
	}
	return requestOptions;
}
