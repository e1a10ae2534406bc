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
}

const inboxesByServer = new WeakMap<ChatWootMock, Map<string, ApiInbox>>();

function inboxes(server: ChatWootMock): Map<string, ApiInbox> {
	let map = inboxesByServer.get(server);
	if (!map) inboxesByServer.set(server, (map = new Map()));
	return map;
}

/** Registers an API channel inbox of `accountId` reachable under `identifier`. */
export function seedApiInbox(server: ChatWootMock, identifier: string, accountId: number, name = 'API Inbox'): ApiInbox {
	const inbox: ApiInbox = { identifier, accountId, name, contactInboxes: new Map() };
	inboxes(server).set(identifier, inbox);
	return inbox;
}

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

function createContact(context: RouteContext): Reply {
	const found = find(context);
	if (!found) return NOT_FOUND;
	const account = context.server.accounts.get(found.inbox.accountId);
	if (!account) return RESOURCE_NOT_FOUND;
	const { name, email, identifier } = bodyOf(context) as Record<string, string | undefined>;
	const contact = seedContact(account, { name: name ?? 'Visitor', email: email ?? null, identifier: identifier ?? null });
	const sourceId = `src-${contact.id}-${found.inbox.contactInboxes.size + 1}`;
	found.inbox.contactInboxes.set(sourceId, { sourceId, contactId: contact.id, conversations: [] });
	return { status: 200, body: { id: contact.id, source_id: sourceId, pubsub_token: `pubsub-${contact.id}`, name: contact.name, email: contact.email } };
}

let nextMessageId = 1000;

export const publicApiRoutes = (): Route[] => [
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
