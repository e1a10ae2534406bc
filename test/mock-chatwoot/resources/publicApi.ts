import { createHmac } from 'crypto';

import type { ReceivedFile } from '../../support/requestBody';
import { RESOURCE_NOT_FOUND } from '../server';
import type { ChatWootMock, Reply, Route, RouteContext } from '../server';
import { seedContact } from './contacts';

/**
 * ChatWoot's Client API (API-NOTES §3): no token; an API inbox's identifier, then the contact
 * inbox's source_id and the conversation's display id. Unknown identifiers get Rails' generic 404.
 */

interface PublicMessage {
	id: number;
	content: string | null;
	message_type: number;
	echo_id?: string;
	attachments: ReceivedFile[];
}

interface PublicConversation {
	id: number;
	status: string;
	custom_attributes: Record<string, unknown>;
	messages: PublicMessage[];
}

interface ContactInbox {
	sourceId: string;
	contactId: number;
	conversations: PublicConversation[];
}

interface ApiInbox {
	identifier: string;
	accountId: number;
	name: string;
	contactInboxes: Map<string, ContactInbox>;
	/** The channel's hmac_token: an `identifier_hash` sent is checked against it. */
	hmacToken?: string;
	/** Identity validation required: a contact without a valid `identifier_hash` is refused. */
	hmacMandatory?: boolean;
}

const inboxesByServer = new WeakMap<ChatWootMock, Map<string, ApiInbox>>();

function inboxes(server: ChatWootMock): Map<string, ApiInbox> {
	let map = inboxesByServer.get(server);
	if (!map) inboxesByServer.set(server, (map = new Map()));
	return map;
}

/** Registers an API channel inbox of `accountId` reachable under `identifier`. */
export function seedApiInbox(
	server: ChatWootMock,
	identifier: string,
	accountId: number,
	name = 'API Inbox',
	validation: Pick<ApiInbox, 'hmacToken' | 'hmacMandatory'> = {},
): ApiInbox {
	const inbox: ApiInbox = { identifier, accountId, name, contactInboxes: new Map(), ...validation };
	inboxes(server).set(identifier, inbox);
	return inbox;
}

/** Makes an existing contact reachable in an API inbox under `sourceId`, as a contact inbox does. */
export function seedContactInbox(server: ChatWootMock, identifier: string, contactId: number, sourceId: string): ContactInbox {
	const contactInbox: ContactInbox = { sourceId, contactId, conversations: [] };
	inboxes(server).get(identifier)!.contactInboxes.set(sourceId, contactInbox);
	return contactInbox;
}

/** ContactInboxes are created with a random pubsub token; the mock derives it from the contact. */
const pubsubToken = (contactId: number) => `pubsub-${contactId}`;

/** Every message the Client API received, for end-to-end checks. */
export function publicMessages(server: ChatWootMock): PublicMessage[] {
	return [...inboxes(server).values()].flatMap((inbox) =>
		[...inbox.contactInboxes.values()].flatMap((contactInbox) => contactInbox.conversations.flatMap((conversation) => conversation.messages)),
	);
}

const NOT_FOUND: Reply = { status: 404, body: { status: 404, error: 'Not Found' } };

type Found = { inbox: ApiInbox; contactInbox?: ContactInbox; conversation?: PublicConversation };

function find({ server, params }: RouteContext): Found | undefined {
	const inbox = inboxes(server).get(params.inbox_id);
	if (!inbox) return undefined;
	if (!params.contact_id) return { inbox };
	const contactInbox = inbox.contactInboxes.get(params.contact_id);
	if (!contactInbox) return undefined;
	if (!params.conversation_id) return { inbox, contactInbox };
	const conversation = contactInbox.conversations.find((candidate) => candidate.id === Number(params.conversation_id));
	return conversation ? { inbox, contactInbox, conversation } : undefined;
}

/** Handlers receive what the path names, or the mock answers ChatWoot's 404. */
const within =
	(handle: (context: RouteContext, found: Required<Found>) => Reply) =>
	(context: RouteContext): Reply => {
		const found = find(context);
		return found ? handle(context, found as Required<Found>) : NOT_FOUND;
	};

const bodyOf = (context: RouteContext) => (context.request.body ?? {}) as Record<string, unknown>;

/**
 * process_hmac (contacts_controller.rb): with identity validation required or an
 * `identifier_hash` sent, the hash must be the identifier's HMAC-SHA256 under the inbox's
 * hmac_token; otherwise StandardError, which no handler rescues (500). Inboxes seeded without a
 * token are not checked.
 */
function refusedHmac(inbox: ApiInbox, body: Record<string, unknown>): Reply | undefined {
	if (inbox.hmacToken === undefined || (!body.identifier_hash && !inbox.hmacMandatory)) return undefined;
	const expected = createHmac('sha256', inbox.hmacToken).update(String(body.identifier ?? '')).digest('hex');
	return body.identifier_hash === expected ? undefined : { status: 500, body: { status: 500, error: 'Internal Server Error' } };
}

function createContact(context: RouteContext): Reply {
	const found = find(context);
	if (!found) return NOT_FOUND;
	const account = context.server.accounts.get(found.inbox.accountId);
	if (!account) return RESOURCE_NOT_FOUND;
	const refused = refusedHmac(found.inbox, bodyOf(context));
	if (refused) return refused;
	const { name, email, identifier } = bodyOf(context) as Record<string, string | undefined>;
	const contact = seedContact(account, { name: name ?? 'Visitor', email: email ?? null, identifier: identifier ?? null });
	const sourceId = `src-${contact.id}-${found.inbox.contactInboxes.size + 1}`;
	found.inbox.contactInboxes.set(sourceId, { sourceId, contactId: contact.id, conversations: [] });
	return { status: 200, body: { id: contact.id, source_id: sourceId, pubsub_token: pubsubToken(contact.id), name: contact.name, email: contact.email } };
}

/** inboxes/show.json.jbuilder: the identifier, whether identity validation is on, the inbox's public fields. */
function showInbox(context: RouteContext): Reply {
	const found = find({ ...context, params: { inbox_id: context.params.id } });
	if (!found) return NOT_FOUND;
	const { inbox } = found;
	return {
		status: 200,
		body: {
			identifier: inbox.identifier,
			identity_validation_enabled: inbox.hmacMandatory ?? false,
			name: inbox.name,
			timezone: 'UTC',
			working_hours: [],
			working_hours_enabled: false,
			csat_survey_enabled: false,
			greeting_enabled: false,
		},
	};
}

/** contacts/show.json.jbuilder: the contact inbox's source_id and pubsub_token, the contact's public fields. */
function showContact(context: RouteContext, { inbox, contactInbox }: Required<Found>): Reply {
	const contact = context.server.accounts.get(inbox.accountId)?.contacts.get(contactInbox.contactId);
	if (!contact) return NOT_FOUND;
	return {
		status: 200,
		body: { source_id: contactInbox.sourceId, pubsub_token: pubsubToken(contact.id), id: contact.id, name: contact.name, email: contact.email, phone_number: contact.phone_number },
	};
}

let nextMessageId = 1000;

export const publicApiRoutes = (): Route[] => [
	{ methods: ['GET'], path: '/public/api/v1/inboxes/:id', scope: 'public', handle: showInbox },
	{ methods: ['GET'], path: '/public/api/v1/inboxes/:inbox_id/contacts/:contact_id', scope: 'public', handle: within(showContact) },
	{ methods: ['POST'], path: '/public/api/v1/inboxes/:inbox_id/contacts', scope: 'public', handle: createContact },
	{
		methods: ['POST'],
		path: '/public/api/v1/inboxes/:inbox_id/contacts/:contact_id/conversations',
		scope: 'public',
		handle: within((context, { contactInbox, inbox }) => {
			const conversation: PublicConversation = {
				id: contactInbox.conversations.length + 1,
				status: 'open',
				custom_attributes: (bodyOf(context).custom_attributes as Record<string, unknown>) ?? {},
				messages: [],
			};
			contactInbox.conversations.push(conversation);
			return { status: 200, body: { id: conversation.id, inbox_id: inbox.identifier, status: conversation.status, messages: [] } };
		}),
	},
	{
		methods: ['POST'],
		path: '/public/api/v1/inboxes/:inbox_id/contacts/:contact_id/conversations/:conversation_id/messages',
		scope: 'public',
		handle: within((context, { conversation }) => {
			const { content, echo_id: echoId } = bodyOf(context) as { content?: string; echo_id?: string };
			const message: PublicMessage = {
				id: nextMessageId++,
				content: content ?? null,
				message_type: 0,
				...(echoId ? { echo_id: echoId } : {}),
				attachments: context.request.files['attachments[]'] ?? [],
			};
			conversation.messages.push(message);
			const attachments = message.attachments.map((file, index) => ({ id: index + 1, file_type: file.contentType, file_size: file.bytes.length }));
			return { status: 200, body: { id: message.id, content: message.content, message_type: 0, attachments } };
		}),
	},
];
