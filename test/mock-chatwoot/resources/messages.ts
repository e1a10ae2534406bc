import { randomBytes } from 'crypto';

import { RESOURCE_NOT_FOUND } from '../server';
import type { ChatWootMock, Reply, Route, RouteContext } from '../server';
import { table } from '../auth';
import type { Account } from '../auth';

/**
 * A conversation's messages (API-NOTES §4, §7, §9; message_finder.rb, MessageBuilder):
 * the index pages by global message id (latest 20; `before` 20 older; `after` up to 100
 * newer; both up to 1000), ascending; create takes JSON or multipart with `attachments[]`
 * files, whose `data_url` is an Active Storage redirect to the stored bytes.
 * Messages are kept per account in the `messages` table, keyed by conversation display id.
 */
export interface StoredAttachment {
	id: number;
	message_id: number;
	file_type: string;
	extension: string | null;
	data_url: string;
	file_size: number;
	fileName: string;
	contentType: string;
	bytes: Buffer;
}

export interface StoredMessage {
	id: number;
	content: string | null;
	conversation_id: number;
	message_type: number;
	content_type: string;
	content_attributes: Record<string, unknown>;
	private: boolean;
	created_at: number;
	echo_id?: string;
	attachments: StoredAttachment[];
	/** Who sent it; the agent of user id 1 unless set. */
	sender?: { id: number; name: string; type: 'user' | 'contact' };
}

const MESSAGE_TYPES: Record<string, number> = { incoming: 0, outgoing: 1, activity: 2, template: 3 };

/** Message ids are global in ChatWoot; one counter per mock server. */
const counters = new WeakMap<ChatWootMock, { message: number; attachment: number }>();
const blobs = new WeakMap<ChatWootMock, Map<string, StoredAttachment>>();

function countersOf(server: ChatWootMock) {
	let counter = counters.get(server);
	if (!counter) counters.set(server, (counter = { message: 1, attachment: 1 }));
	return counter;
}

function blobsOf(server: ChatWootMock) {
	let map = blobs.get(server);
	if (!map) blobs.set(server, (map = new Map()));
	return map;
}

export function messagesOf(account: Account, conversationId: number): StoredMessage[] {
	const byConversation = table<StoredMessage[]>(account, 'messages');
	let list = byConversation.get(conversationId);
	if (!list) byConversation.set(conversationId, (list = []));
	return list;
}

/** Adds `count` messages to a conversation; `idGap` skips ids, as other conversations' messages do. */
export function seedMessages(server: ChatWootMock, account: Account, conversationId: number, count: number, idGap = 0): StoredMessage[] {
	const list = messagesOf(account, conversationId);
	const counter = countersOf(server);
	for (let i = 0; i < count; i++) {
		const id = counter.message;
		counter.message += 1 + idGap;
		list.push(storedMessage(id, conversationId, { content: `Seeded ${list.length + 1}` }));
	}
	return list;
}

function storedMessage(id: number, conversationId: number, attributes: Partial<StoredMessage>): StoredMessage {
	return {
		id,
		content: null,
		conversation_id: conversationId,
		message_type: 1,
		content_type: 'text',
		content_attributes: {},
		private: false,
		created_at: 1764000000 + id,
		attachments: [],
		...attributes,
	};
}

function render(message: StoredMessage) {
	const { attachments, sender = { id: 1, name: 'Agent', type: 'user' }, ...rest } = message;
	return {
		...rest,
		sender,
		...(attachments.length
			? {
					attachments: attachments.map(({ id, message_id, file_type, extension, data_url, file_size }) => ({
						id,
						message_id,
						file_type,
						extension,
						data_url,
						thumb_url: '',
						file_size,
					})),
				}
			: {}),
	};
}

function conversationExists(account: Account, conversationId: number): boolean {
	return table(account, 'messages').has(conversationId) || table(account, 'conversations').has(conversationId);
}

/** message_finder.rb. */
function index({ request, params, account }: RouteContext): Reply {
	const conversationId = Number(params.conversation_id);
	if (!conversationExists(account!, conversationId)) return RESOURCE_NOT_FOUND;
	const all = messagesOf(account!, conversationId);
	const { after, before } = request.query;
	let rows: StoredMessage[];
	if (after !== undefined && after !== '' && before !== undefined && before !== '') {
		rows = all.filter((m) => m.id >= Number(after) && m.id < Number(before)).slice(0, 1000);
	} else if (before !== undefined && before !== '') {
		rows = all.filter((m) => m.id < Number(before)).slice(-20);
	} else if (after !== undefined && after !== '') {
		rows = all.filter((m) => m.id > Number(after)).slice(0, 100);
	} else {
		rows = all.slice(-20);
	}
	return { status: 200, body: { meta: { labels: [], additional_attributes: {}, contact_id: 1 }, payload: rows.map(render) } };
}

function fileType(contentType: string): string {
	const major = contentType.split('/')[0];
	return ['image', 'audio', 'video'].includes(major) ? major : 'file';
}

/** MessageBuilder: JSON or multipart; content_attributes may be a JSON string. */
function create({ request, params, account, server }: RouteContext): Reply {
	const conversationId = Number(params.conversation_id);
	if (!conversationExists(account!, conversationId)) return RESOURCE_NOT_FOUND;
	const body = (request.body ?? {}) as Record<string, unknown>;
	let contentAttributes = body.content_attributes ?? {};
	if (typeof contentAttributes === 'string') {
		try {
			contentAttributes = JSON.parse(contentAttributes);
		} catch {
			contentAttributes = {};
		}
	}
	const counter = countersOf(server);
	const id = counter.message++;
	const message = storedMessage(id, conversationId, {
		content: body.content === undefined ? null : String(body.content),
		message_type: MESSAGE_TYPES[String(body.message_type ?? 'outgoing')] ?? 1,
		content_type: String(body.content_type ?? 'text'),
		content_attributes: contentAttributes as Record<string, unknown>,
		private: body.private === true || body.private === 'true',
		...(body.echo_id !== undefined ? { echo_id: String(body.echo_id) } : {}),
	});
	for (const file of request.files['attachments[]'] ?? []) message.attachments.push(storeAttachment(server, id, file));
	messagesOf(account!, conversationId).push(message);
	return { status: 200, body: render(message) };
}

/**
 * An attachment kept as Active Storage keeps it: `data_url` is the blob's redirect on the mock's
 * address at the time, so seed after `start()` for addresses a client can follow.
 */
function storeAttachment(server: ChatWootMock, messageId: number, file: Pick<StoredAttachment, 'fileName' | 'contentType' | 'bytes'>): StoredAttachment {
	const key = randomBytes(8).toString('hex');
	const attachment: StoredAttachment = {
		id: countersOf(server).attachment++,
		message_id: messageId,
		file_type: fileType(file.contentType),
		extension: file.fileName.includes('.') ? file.fileName.split('.').pop()! : null,
		data_url: `${server.baseUrl}/rails/active_storage/blobs/redirect/${key}/${encodeURIComponent(file.fileName)}`,
		file_size: file.bytes.length,
		...file,
	};
	blobsOf(server).set(key, attachment);
	return attachment;
}

/** One message with the files given, stored as the create route stores it. */
export function seedMessage(
	server: ChatWootMock,
	account: Account,
	conversationId: number,
	attributes: Partial<StoredMessage>,
	files: Array<Pick<StoredAttachment, 'fileName' | 'contentType' | 'bytes'>> = [],
): StoredMessage {
	const id = countersOf(server).message++;
	const message = storedMessage(id, conversationId, attributes);
	for (const file of files) message.attachments.push(storeAttachment(server, id, file));
	messagesOf(account, conversationId).push(message);
	return message;
}

/** Active Storage: the blob redirect sends to the disk service, which serves the bytes. */
function blobRedirect({ params, server }: RouteContext): Reply {
	const attachment = blobsOf(server).get(params.key);
	if (!attachment) return { status: 404, body: 'Not Found', contentType: 'text/plain' };
	return { status: 302, body: '', contentType: 'text/html', headers: { Location: `/rails/active_storage/disk/${params.key}/${encodeURIComponent(attachment.fileName)}` } };
}

function diskFile({ params, server }: RouteContext): Reply {
	const attachment = blobsOf(server).get(params.key);
	if (!attachment) return { status: 404, body: 'Not Found', contentType: 'text/plain' };
	return {
		status: 200,
		body: attachment.bytes,
		contentType: attachment.contentType,
		headers: { 'Content-Disposition': `inline; filename="${attachment.fileName}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}` },
	};
}

export function messageRoutes(): Route[] {
	const messages = '/api/v1/accounts/:account_id/conversations/:conversation_id/messages';
	return [
		{ methods: ['GET'], path: messages, scope: 'account', handle: index },
		{ methods: ['POST'], path: messages, scope: 'account', bots: true, handle: create },
		{ methods: ['GET'], path: '/rails/active_storage/blobs/redirect/:key/:filename', scope: 'public', handle: blobRedirect },
		{ methods: ['GET'], path: '/rails/active_storage/disk/:key/:filename', scope: 'public', handle: diskFile },
	];
}
