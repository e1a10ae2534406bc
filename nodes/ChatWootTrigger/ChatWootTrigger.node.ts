import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { listSearch } from '../ChatWoot/listSearch';
import { accountIdField } from '../ChatWoot/shared/descriptions';
import { listEntries } from '../ChatWoot/shared/lists';
import { CREDENTIAL_TYPE } from '../ChatWoot/transport/request';
import { ACCOUNT_EVENTS, filteredOutBy, SENDER_TYPES, summarize } from './events';
import type { EventFilters } from './events';
import { legacyAccountIdField } from './transport';
import { adoptExistingWebhook, createWebhook, deleteWebhook } from './lifecycle';
import type { TriggerStaticData } from './lifecycle';
import { PRIVATE_NETWORK_REFUSED_SINCE } from './privateNetwork';
import { checkSettings } from './settings';
import { header, isDuplicateDelivery, isReplay, SIGNED_SINCE, verifyDelivery } from './signature';
import type { DeliverySource } from './signature';
import { deliverySecret } from './webhookSecret';
import { byName } from '../ChatWoot/shared/alphabetical';

const ACCOUNT_WEBHOOK: DeliverySource = 'accountWebhook';
const SIGNED_URL: DeliverySource = 'botOrInbox';

/** Agent-bot and API-inbox events (API-NOTES §6); typing events reach API inboxes only. */
const BOT_AND_INBOX_EVENTS = [
	...ACCOUNT_EVENTS.filter((event) => !String(event.value).startsWith('contact_') && !String(event.value).startsWith('inbox_')),
	{ name: 'Conversation Opened', value: 'conversation_opened' },
	{ name: 'Conversation Resolved', value: 'conversation_resolved' },
].sort(byName);

interface DeliveryOptions {
	allowUnsigned?: boolean;
	toleranceSeconds?: number;
}

interface FilterParameters {
	inboxIds?: string;
	messageTypes?: string[];
	privateNotes?: EventFilters['privateNotes'];
	senderTypes?: string[];
	ignoreOwnMessages?: boolean;
	ignoreNativeAppEchoes?: boolean;
}

/** The node's fields: activation and every delivery check the values the workflow gives them (settings.ts). */
const PROPERTIES: INodeProperties[] = [
	{
		displayName:
			`ChatWoot gives n8n 5 seconds per delivery and does not retry account webhooks, so this trigger answers at once and runs the workflow afterwards. Since ${PRIVATE_NETWORK_REFUSED_SINCE}, ChatWoot refuses to deliver to private-network addresses (localhost, Docker, LAN) unless it runs with SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true (4.14.1+); for an account webhook, activation warns in n8n's log when the server is that recent and this URL looks private. If ChatWoot cannot reach n8n, use the ChatWoot Polling Trigger.`,
		name: 'deliveryNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Account Webhook (Set Up Automatically)',
				value: ACCOUNT_WEBHOOK,
				description: "Registered in ChatWoot when the workflow is activated, removed when it is deactivated; needs an administrator's token",
			},
			{
				name: 'Agent Bot or API Inbox',
				value: SIGNED_URL,
				description: "You paste this node's URL as an agent bot's Webhook URL or an API inbox's Webhook URL",
			},
		],
		default: ACCOUNT_WEBHOOK,
	},
	{ ...legacyAccountIdField, displayOptions: { show: { source: [ACCOUNT_WEBHOOK], '@version': [1] } } },
	accountIdField({ source: [ACCOUNT_WEBHOOK], '@version': [{ _cnd: { gte: 1.1 } }] }),
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: ACCOUNT_EVENTS,
		default: [],
		required: true,
		description: 'The events ChatWoot sends to this workflow',
		displayOptions: { show: { source: [ACCOUNT_WEBHOOK] } },
	},
	{
		displayName:
			"Copy this node's Production URL (under Webhook URLs above) into the agent bot's Webhook URL (Settings → Bots) or the API inbox's Webhook URL (Settings → Inboxes → Configuration), then activate the workflow.",
		name: 'pasteNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { source: [SIGNED_URL] } },
	},
	{
		displayName: 'Secret',
		name: 'secret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			"The bot's or the API inbox's secret, which ChatWoot signs deliveries with (shown to administrators in the bot's or inbox's settings)",
		displayOptions: { show: { source: [SIGNED_URL] } },
	},
	{
		displayName: 'Events',
		name: 'botEvents',
		type: 'multiOptions',
		options: BOT_AND_INBOX_EVENTS,
		default: [],
		description: 'The events to start the workflow on; none selected means all of them',
		displayOptions: { show: { source: [SIGNED_URL], '@version': [1] } },
	},
	// The same parameter as the account webhook's Events: n8n keeps a value while a property of its name is shown, so switching Source keeps the events picked.
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: BOT_AND_INBOX_EVENTS,
		default: [],
		description: 'The events to start the workflow on; none selected means all of them',
		displayOptions: { show: { source: [SIGNED_URL], '@version': [{ _cnd: { gte: 1.1 } }] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Ignore Messages Sent From Phone Apps',
				name: 'ignoreNativeAppEchoes',
				type: 'boolean',
				default: false,
				description:
					'Whether to ignore outgoing messages that were sent from the WhatsApp Business app, Instagram, Messenger or TikTok on the phone and copied into ChatWoot (echoes, marked external_echo in content_attributes)',
			},
			{
				displayName: 'Ignore Own Messages',
				name: 'ignoreOwnMessages',
				type: 'boolean',
				default: true,
				description:
					"Whether to ignore messages sent by the credential's user (account webhooks) or by a bot (agent bot or API inbox), so that a workflow replying to Message Created does not trigger itself forever",
			},
			{
				displayName: 'Inbox IDs',
				name: 'inboxIds',
				type: 'string',
				default: '',
				placeholder: '1, 4',
				description:
					'Comma-separated inbox IDs to accept events from; events that belong to no inbox (contacts) always pass',
			},
			{
				displayName: 'Message Types',
				name: 'messageTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Activity', value: 'activity' },
					{ name: 'Incoming', value: 'incoming' },
					{ name: 'Outgoing', value: 'outgoing' },
					{ name: 'Template', value: 'template' },
				],
				default: [],
				description: 'Message events of these types only; none selected means all',
			},
			{
				displayName: 'Private Notes',
				name: 'privateNotes',
				type: 'options',
				options: [
					{ name: 'Include', value: 'include' },
					{ name: 'Exclude', value: 'exclude' },
					{ name: 'Only Private Notes', value: 'only' },
				],
				default: 'include',
				description: 'Whether message events for private notes start the workflow',
			},
			{
				displayName: 'Sender Types',
				name: 'senderTypes',
				type: 'multiOptions',
				options: SENDER_TYPES,
				default: [],
				description: 'Message events sent by these only; none selected means all',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Allow Unsigned Events',
				name: 'allowUnsigned',
				type: 'boolean',
				default: false,
				description: `Whether to accept events without a signature, for ChatWoot that does not sign them: account webhooks before ${SIGNED_SINCE.accountWebhook}, agent bots and API inboxes before ${SIGNED_SINCE.botOrInbox}. Anyone who knows the URL could then start the workflow. A wrong signature is refused either way.`,
			},
			{
				displayName: 'Signature Time Window (Seconds)',
				name: 'toleranceSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 300,
				description: "How far a delivery's signed timestamp may be from n8n's clock; older or newer deliveries are refused as replays",
			},
		],
	},
];

export class ChatWootTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot Trigger',
		name: 'chatWootTrigger',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['trigger'],
		// 1.1: Account is a picker that may be left empty, and both sources keep their events in `events`.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		// n8n's node panel lists this trigger inside the ChatWoot node's entry (their names differ only by
		// "Trigger") and shows this description for both, so it speaks for the pair.
		description: 'Send messages, manage contacts and conversations, and start workflows on ChatWoot events',
		defaults: { name: 'ChatWoot Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true, displayOptions: { show: { source: [ACCOUNT_WEBHOOK] } } }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: PROPERTIES,
	};

	methods = { listSearch: { searchAccounts: listSearch.searchAccounts } };

	webhookMethods = {
		default: {
			// Without a credential (agent bot or API inbox) there is nothing to register: the user pastes the URL.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// n8n calls this first on activation, for either source: settings that cannot work fail it before anything is sent.
				checkSettings(this, PROPERTIES);
				if (this.getNodeParameter('source') !== ACCOUNT_WEBHOOK) return true;
				return await adoptExistingWebhook.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('source') !== ACCOUNT_WEBHOOK) return true;
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const source = this.getNodeParameter('source') as DeliverySource;
		const isAccountWebhook = source === ACCOUNT_WEBHOOK;
		const staticData = this.getWorkflowStaticData('node') as TriggerStaticData;
		const options = this.getNodeParameter('options', {}) as DeliveryOptions;
		const request = this.getRequestObject();
		const nowSeconds = Math.floor(Date.now() / 1000);
		const toleranceSeconds = options.toleranceSeconds ?? 300;
		const refuse = (reason: string, status = 401): IWebhookResponseData => {
			this.getResponseObject().status(status).json({ message: reason });
			return { noWebhookResponse: true };
		};
		try {
			checkSettings(this, PROPERTIES);
		} catch (error) {
			// Activation refused such settings, but an expression may resolve otherwise now. n8n's log learns which field
			// (a thrown error would only have n8n answer that the workflow could not be started); whoever sent the
			// request, not yet verified, learns nothing of the workflow's settings.
			this.logger.warn(`ChatWoot Trigger "${this.getNode().name}": an event was refused: ${(error as Error).message}`);
			return refuse("The trigger's settings cannot work: n8n's log names the field", 500);
		}
		const signing = isAccountWebhook ? await deliverySecret(this, staticData) : { secret: this.getNodeParameter('secret', '') as string };
		if ('status' in signing) return refuse(signing.message, signing.status);
		const verdict = verifyDelivery({
			headers: request.headers,
			rawBody: request.rawBody ?? Buffer.alloc(0),
			source,
			secret: signing.secret || undefined,
			serverVersion: isAccountWebhook ? staticData.chatwootVersion : undefined,
			allowUnsigned: options.allowUnsigned === true,
			toleranceSeconds,
			nowSeconds,
		});
		if (!verdict.accepted) return refuse(verdict.reason);
		if (verdict.signed) {
			const signature = String(request.headers['x-chatwoot-signature']);
			const timestamp = Number(request.headers['x-chatwoot-timestamp']);
			if (isReplay(signature, timestamp + toleranceSeconds, nowSeconds)) return refuse('The event was already received');
		}
		// A retry carries the first attempt's delivery id with a new signature: answered 200, so ChatWoot stops retrying.
		const deliveryId = header(request.headers, 'x-chatwoot-delivery');
		const scope = `${this.getWorkflow().id ?? ''}/${this.getNode().id}`;
		if (deliveryId && isDuplicateDelivery(scope, deliveryId, nowSeconds)) {
			return { webhookResponse: { message: 'Duplicate delivery ignored: this X-Chatwoot-Delivery id was already received' } };
		}

		const payload = this.getBodyData() as IDataObject & { event?: string };
		const summary = summarize(payload);
		const wanted = this.getNodeParameter(isAccountWebhook || this.getNode().typeVersion >= 1.1 ? 'events' : 'botEvents', []) as string[];
		const filters = this.getNodeParameter('filters', {}) as FilterParameters;
		const ownSender = isAccountWebhook ? { type: 'user', id: staticData.ownUserId } : { type: 'agent_bot' };
		const skippedBy =
			wanted.length && !wanted.includes(summary.event)
				? 'event'
				: filteredOutBy(payload, summary, {
						inboxIds: listEntries(filters.inboxIds).map(Number),
						messageTypes: filters.messageTypes ?? [],
						privateNotes: filters.privateNotes ?? 'include',
						senderTypes: filters.senderTypes ?? [],
						// Without a known user id the guard would ignore every agent: then it stays off.
						ownSender: filters.ignoreOwnMessages === false || (isAccountWebhook && staticData.ownUserId === undefined) ? undefined : ownSender,
						ignoreNativeAppEchoes: filters.ignoreNativeAppEchoes === true,
					});
		if (skippedBy) return { webhookResponse: { message: `Event ignored by the ${skippedBy} filter` } };

		return {
			workflowData: [
				[
					{
						json: {
							...summary,
							...(deliveryId ? { deliveryId } : {}),
							payload,
						},
					},
				],
			],
		};
	}
}
