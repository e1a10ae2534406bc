import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** Webhook::ALLOWED_WEBHOOK_EVENTS (API-NOTES §6): every event an account webhook can subscribe to. */
export const ACCOUNT_EVENTS: INodePropertyOptions[] = [
	{ name: 'Contact Created', value: 'contact_created' },
	{ name: 'Contact Updated', value: 'contact_updated' },
	{ name: 'Conversation Created', value: 'conversation_created' },
	{ name: 'Conversation Status Changed', value: 'conversation_status_changed' },
	{ name: 'Conversation Typing Off', value: 'conversation_typing_off' },
	{ name: 'Conversation Typing On', value: 'conversation_typing_on' },
	{ name: 'Conversation Updated', value: 'conversation_updated' },
	{ name: 'Inbox Created', value: 'inbox_created' },
	{ name: 'Inbox Updated', value: 'inbox_updated' },
	{ name: 'Message Created', value: 'message_created' },
	{ name: 'Message Updated', value: 'message_updated' },
	{ name: 'Web Widget Triggered', value: 'webwidget_triggered' },
];

type Payload = IDataObject & { event?: string };

function objectAt(value: unknown): IDataObject | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
}

function idOf(value: unknown): number | undefined {
	return typeof objectAt(value)?.id === 'number' ? (objectAt(value)!.id as number) : undefined;
}

function isMessageEvent(event: string | undefined): boolean {
	return event === 'message_created' || event === 'message_updated';
}

/** The conversation the event is about, in its webhook shape, whichever event it is. */
function conversationOf(payload: Payload): IDataObject | undefined {
	const event = payload.event ?? '';
	if (event.startsWith('conversation_typing')) return objectAt(payload.conversation);
	if (event.startsWith('conversation_')) return payload;
	if (isMessageEvent(event)) return objectAt(payload.conversation);
	if (event === 'webwidget_triggered') return objectAt(payload.current_conversation);
	return undefined;
}

function contactIdOf(payload: Payload, conversation: IDataObject | undefined): number | undefined {
	const event = payload.event ?? '';
	if (event.startsWith('contact_')) return idOf(payload);
	if (event === 'webwidget_triggered') return idOf(payload.contact);
	const sender = objectAt(payload.sender);
	if (isMessageEvent(event) && sender?.type === 'contact') return idOf(sender);
	return idOf(objectAt(conversation?.meta)?.sender);
}

function inboxIdOf(payload: Payload, conversation: IDataObject | undefined): number | undefined {
	const event = payload.event ?? '';
	if (event.startsWith('inbox_')) return idOf(payload);
	if (isMessageEvent(event) || event === 'webwidget_triggered') return idOf(payload.inbox);
	return typeof conversation?.inbox_id === 'number' ? conversation.inbox_id : undefined;
}

export interface EventSummary {
	event: string;
	accountId?: number;
	/** The conversation's display_id, the number ChatWoot's conversation routes take. */
	conversationId?: number;
	contactId?: number;
	inboxId?: number;
	messageId?: number;
}

/** The ids a workflow usually needs next, read from wherever the event keeps them. */
export function summarize(payload: Payload): EventSummary {
	const conversation = conversationOf(payload);
	return {
		event: String(payload.event ?? ''),
		accountId: idOf(payload.account) ?? idOf(conversation?.account),
		conversationId: idOf(conversation),
		contactId: contactIdOf(payload, conversation),
		inboxId: inboxIdOf(payload, conversation),
		messageId: isMessageEvent(payload.event) ? idOf(payload) : undefined,
	};
}

/** Sender types as the user picks them, and as ChatWoot's `webhook_data` names them. */
export const SENDER_TYPES: INodePropertyOptions[] = [
	{ name: 'Contact', value: 'contact' },
	{ name: 'Agent', value: 'user' },
	{ name: 'Bot', value: 'agent_bot' },
];

export interface EventFilters {
	/** Empty: every inbox. Events that belong to no inbox (contacts) are never filtered out by it. */
	inboxIds: number[];
	/** Empty: every type. Message events only. */
	messageTypes: string[];
	privateNotes: 'include' | 'exclude' | 'only';
	/** Empty: every sender. Message events only. */
	senderTypes: string[];
	/** The sender to ignore so that the workflow's own replies do not trigger it again. */
	ownSender?: { type: string; id?: number };
	/** Whether to drop messages copied in from the phone's app (see isNativeAppEcho). */
	ignoreNativeAppEchoes: boolean;
}

/**
 * A message sent from the WhatsApp Business app (coexistence, `smb_message_echoes`), Instagram,
 * Messenger or TikTok on the phone and copied into ChatWoot: an outgoing message without a
 * sender whose `content_attributes.external_echo` is true (4.11.0+: #13371, Messenger #13665 in
 * 4.11.2; app/services/whatsapp/incoming_message_base_service.rb). Its `source_id` is the
 * platform's message id, as for any message, so it does not tell echoes apart.
 */
function isNativeAppEcho(payload: Payload): boolean {
	return objectAt(payload.content_attributes)?.external_echo === true;
}

/** Why an event is not passed on, or undefined when it passes every filter. */
export function filteredOutBy(payload: Payload, summary: EventSummary, filters: EventFilters): string | undefined {
	if (filters.inboxIds.length && summary.inboxId !== undefined && !filters.inboxIds.includes(summary.inboxId)) {
		return 'inbox';
	}
	if (!isMessageEvent(payload.event)) return undefined;
	if (filters.messageTypes.length && !filters.messageTypes.includes(String(payload.message_type))) return 'message type';
	const isPrivate = payload.private === true;
	if ((filters.privateNotes === 'exclude' && isPrivate) || (filters.privateNotes === 'only' && !isPrivate)) {
		return 'private note';
	}
	const sender = objectAt(payload.sender);
	if (filters.senderTypes.length && !filters.senderTypes.includes(String(sender?.type))) return 'sender type';
	const own = filters.ownSender;
	if (own && sender?.type === own.type && (own.id === undefined || sender.id === own.id)) return 'own message';
	if (filters.ignoreNativeAppEchoes && isNativeAppEcho(payload)) return 'native app echo';
	return undefined;
}
