import type { ReceivedFile } from '../../support/requestBody';
import { RESOURCE_NOT_FOUND } from '../server';
import type { ChatWootMock, Reply, Route, RouteContext } from '../server';
import type { Account } from '../auth';

/** A contact as ChatWoot stores it; rendered by `render` like `_contact.json.jbuilder`. */
export interface Contact {
	id: number;
	name: string;
	email: string | null;
	phone_number: string | null;
	identifier: string | null;
	blocked: boolean;
	additional_attributes: Record<string, unknown>;
	custom_attributes: Record<string, unknown>;
	avatar?: ReceivedFile;
	/** avatar_url is handled by a background job in ChatWoot; the mock only remembers it. */
	pendingAvatarUrl?: string;
	created_at: number;
	last_activity_at: number | null;
	/** Label titles (acts-as-taggable-on's label_list). */
	labels?: string[];
}

const PERMITTED = ['name', 'identifier', 'email', 'phone_number', 'avatar', 'blocked', 'avatar_url'];
const MERGED_HASHES = ['additional_attributes', 'custom_attributes'];
const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const AVATAR_MAX_BYTES = 15 * 1024 * 1024;
// Devise.email_regexp and Contact's phone validation (app/models/contact.rb, API-NOTES §2).
const EMAIL = /^[^@\s]+@[^@\s]+$/;
const PHONE = /\+[1-9]\d{1,14}$/;

export function render(server: ChatWootMock, contact: Contact, includeInboxes = true) {
	return {
		additional_attributes: contact.additional_attributes,
		availability_status: 'offline',
		email: contact.email,
		id: contact.id,
		name: contact.name,
		phone_number: contact.phone_number,
		blocked: contact.blocked,
		identifier: contact.identifier,
		thumbnail: contact.avatar ? `${server.baseUrl}/rails/active_storage/blobs/${contact.id}/${contact.avatar.fileName}` : '',
		custom_attributes: contact.custom_attributes,
		last_activity_at: contact.last_activity_at,
		created_at: contact.created_at,
		...(includeInboxes ? { contact_inboxes: [] } : {}),
	};
}

export function seedContact(account: Account, attributes: Partial<Contact> = {}): Contact {
	const contact: Contact = {
		id: account.nextId++,
		name: 'Alice',
		email: null,
		phone_number: null,
		identifier: null,
		blocked: false,
		additional_attributes: {},
		custom_attributes: {},
		created_at: 1763000000,
		last_activity_at: null,
		...attributes,
	};
	account.contacts.set(contact.id, contact);
	return contact;
}

function unprocessable(message: string, attributes: string[]): Reply {
	return { status: 422, body: { message, attributes } };
}

/** Rails' strong params for contacts: top-level keys, `{}`-declared hashes only when they are hashes. */
function permittedParams(body: unknown): Record<string, unknown> {
	const params = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
	const permitted: Record<string, unknown> = {};
	for (const key of PERMITTED) if (key in params) permitted[key] = params[key];
	for (const key of MERGED_HASHES) {
		const value = params[key];
		// A JSON string in a multipart field is not a Parameters hash: silently dropped (API-NOTES §2).
		if (value && typeof value === 'object' && !Array.isArray(value)) permitted[key] = value;
	}
	return permitted;
}

function validate(account: Account, contact: Contact): Reply | undefined {
	const problems: Array<[string, string]> = [];
	if (contact.email && !EMAIL.test(contact.email)) problems.push(['email', 'Email Invalid email']);
	const others = [...account.contacts.values()].filter((other) => other.id !== contact.id);
	if (contact.email && others.some((other) => other.email === contact.email)) {
		problems.push(['email', 'Email has already been taken']);
	}
	if (contact.phone_number && !PHONE.test(contact.phone_number)) {
		problems.push(['phone_number', 'Phone number should be in e164 format']);
	}
	if (contact.phone_number && others.some((other) => other.phone_number === contact.phone_number)) {
		problems.push(['phone_number', 'Phone number has already been taken']);
	}
	if (contact.identifier && others.some((other) => other.identifier === contact.identifier)) {
		problems.push(['identifier', 'Identifier has already been taken']);
	}
	if (!problems.length) return undefined;
	return unprocessable(problems.map(([, message]) => message).join(', '), problems.map(([field]) => field));
}

function update({ request, params, account, server }: RouteContext): Reply {
	const existing = account!.contacts.get(Number(params.id));
	if (!existing) return RESOURCE_NOT_FOUND;
	const permitted = permittedParams(request.body);
	const avatarFile = request.files.avatar?.[0];
	if (avatarFile) {
		if (avatarFile.bytes.length > AVATAR_MAX_BYTES) return { status: 422, body: { message: 'Avatar is too big' } };
		if (!AVATAR_TYPES.includes(avatarFile.contentType)) {
			return unprocessable('Avatar filetype not supported', ['avatar']);
		}
	}
	const next: Contact = { ...existing };
	for (const key of ['identifier', 'phone_number'] as const) {
		if (key in permitted) next[key] = permitted[key] === '' ? null : String(permitted[key]);
	}
	if ('name' in permitted) next.name = String(permitted.name ?? '');
	// prepare_email_attribute: downcased, blank becomes NULL.
	if ('email' in permitted) next.email = String(permitted.email ?? '').toLowerCase() || null;
	// Multipart values are strings; ActiveRecord casts the boolean column.
	if ('blocked' in permitted) next.blocked = permitted.blocked === true || permitted.blocked === 'true';
	// Shallow Hash#merge: keys left out are kept, nested objects replaced whole.
	for (const key of MERGED_HASHES) {
		if (key in permitted) {
			const merged = { ...(existing[key as 'custom_attributes'] ?? {}), ...(permitted[key] as object) };
			next[key as 'custom_attributes'] = merged;
		}
	}
	if (avatarFile) next.avatar = avatarFile;
	const invalid = validate(account!, next);
	if (invalid) return invalid;
	// avatar_url is fetched later by a job, so the response still shows the old thumbnail.
	if (typeof permitted.avatar_url === 'string' && permitted.avatar_url) next.pendingAvatarUrl = permitted.avatar_url;
	account!.contacts.set(next.id, next);
	return { status: 200, body: { payload: render(server, next, request.query.include_contact_inboxes !== 'false') } };
}

function show({ request, params, account, server }: RouteContext): Reply {
	const contact = account!.contacts.get(Number(params.id));
	if (!contact) return RESOURCE_NOT_FOUND;
	return { status: 200, body: { payload: render(server, contact, request.query.include_contact_inboxes !== 'false') } };
}

const PAGE_SIZE = 15;

/** The page asked for (`page`, 1-based) of 15, by id, as the index renders it with `meta.count` (API-NOTES §4). */
function index({ request, account, server }: RouteContext): Reply {
	const page = Math.max(1, Number(request.query.page ?? 1));
	// Only "resolved" contacts: with an email, phone number or identifier.
	const all = [...account!.contacts.values()].filter((c) => c.email || c.phone_number || c.identifier).sort((a, b) => a.id - b.id);
	const records = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((c) => render(server, c));
	return { status: 200, body: { meta: { count: all.length, current_page: page }, payload: records } };
}

/** ILIKE on name, email and phone, LIKE on identifier: any part matches; 15 a page with has_more. */
function search({ request, account, server }: RouteContext): Reply {
	const q = String(request.query.q ?? '').trim();
	if (!q) return { status: 422, body: { error: 'Specify search string with parameter q' } };
	const page = Math.max(1, Number(request.query.page ?? 1));
	const lower = q.toLowerCase();
	const matches = [...account!.contacts.values()].filter(
		(c) =>
			[c.name, c.email, c.phone_number].some((v) => v && v.toLowerCase().includes(lower)) ||
			(c.identifier ?? '').includes(q),
	);
	const records = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE + 1);
	const hasMore = records.length > PAGE_SIZE;
	const payload = records.slice(0, PAGE_SIZE).map((c) => render(server, c));
	return { status: 200, body: { meta: { count: payload.length, current_page: page, has_more: hasMore }, payload } };
}

function create(context: RouteContext): Reply {
	const { account, server } = context;
	const draft = seedContact(account!, { name: '', created_at: Math.floor(Date.now() / 1000) });
	account!.contacts.delete(draft.id);
	// Same assignment and validation as update, on a contact not yet saved.
	account!.contacts.set(draft.id, draft);
	const reply = update({ ...context, params: { ...context.params, id: String(draft.id) } });
	if (reply.status !== 200) {
		account!.contacts.delete(draft.id);
		return reply;
	}
	const saved = account!.contacts.get(draft.id)!;
	return { status: 200, body: { payload: { contact: render(server, saved), contact_inbox: { inbox: null, source_id: null } } } };
}

function labels({ request, params, account }: RouteContext): Reply {
	const contact = account!.contacts.get(Number(params.contact_id));
	if (!contact) return RESOURCE_NOT_FOUND;
	// LabelConcern#create replaces the list (API-NOTES §9).
	if (request.method === 'POST') contact.labels = [...((request.body as { labels?: string[] })?.labels ?? [])];
	return { status: 200, body: { payload: contact.labels ?? [] } };
}

export const contactRoutes = (): Route[] => [
	// Collection routes first: `/contacts/search` would otherwise match `/contacts/:id`.
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/contacts', scope: 'account', handle: index },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/contacts', scope: 'account', handle: create },
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/contacts/search', scope: 'account', handle: search },
	{ methods: ['GET', 'POST'], path: '/api/v1/accounts/:account_id/contacts/:contact_id/labels', scope: 'account', handle: labels },
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/contacts/:id', scope: 'account', handle: show },
	// Rails `resources` routes update on both PATCH and PUT (API-NOTES §2).
	{ methods: ['PATCH', 'PUT'], path: '/api/v1/accounts/:account_id/contacts/:id', scope: 'account', handle: update },
];
