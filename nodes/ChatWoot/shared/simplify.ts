import type { RecordSummary } from '../transport/output';

/**
 * What Simplify keeps of each wide record ChatWoot returns: at most ten fields, the ones a
 * workflow branches on or an agent needs to answer and to act next (the IDs other operations
 * take), nested values flattened into `<object>_<field>` keys. Every operation that outputs a
 * kind of record uses the same summary, whichever node it is on. README "Outputs: Simplify
 * and AI agents" says why each field is kept.
 *
 * Key → dotted path in ChatWoot's record (its jbuilder views, ChatWoot 4.11–4.18).
 */

/** `api/v1/models/_contact.json.jbuilder`: company_name lives in additional_attributes. */
export const contactSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	email: 'email',
	phone_number: 'phone_number',
	identifier: 'identifier',
	company_name: 'additional_attributes.company_name',
	blocked: 'blocked',
	custom_attributes: 'custom_attributes',
	created_at: 'created_at',
	last_activity_at: 'last_activity_at',
};

/**
 * `api/v1/conversations/partials/_conversation.json.jbuilder`: the contact and assignee are in
 * `meta`, the latest message (without activity notes) in `last_non_activity_message`. `id` is
 * the display ID every conversation operation takes.
 */
export const conversationSummary: RecordSummary = {
	id: 'id',
	status: 'status',
	priority: 'priority',
	inbox_id: 'inbox_id',
	sender_id: 'meta.sender.id',
	sender_name: 'meta.sender.name',
	assignee_name: 'meta.assignee.name',
	labels: 'labels',
	last_message: 'last_non_activity_message.content',
	last_activity_at: 'last_activity_at',
};

/**
 * `api/v1/accounts/conversations/messages/index.json.jbuilder` and the Client API's public
 * messages (which have no `private`, `status` nor `sender_type`: those keys are then left out).
 */
export const messageSummary: RecordSummary = {
	id: 'id',
	conversation_id: 'conversation_id',
	content: 'content',
	message_type: 'message_type',
	private: 'private',
	status: 'status',
	sender_type: 'sender_type',
	sender_id: 'sender.id',
	sender_name: 'sender.name',
	created_at: 'created_at',
};

/** `api/v1/accounts/inboxes/_inbox.json.jbuilder`: ~60 fields, most of them widget and channel settings. */
export const inboxSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	channel_type: 'channel_type',
	provider: 'provider',
	phone_number: 'phone_number',
	email: 'email',
	website_url: 'website_url',
	enable_auto_assignment: 'enable_auto_assignment',
	working_hours_enabled: 'working_hours_enabled',
	timezone: 'timezone',
};

/** `api/v1/models/_agent.json.jbuilder`. */
export const agentSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	email: 'email',
	role: 'role',
	availability_status: 'availability_status',
	confirmed: 'confirmed',
};

/** `api/v1/models/_team.json.jbuilder`. */
export const teamSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	description: 'description',
	allow_auto_assign: 'allow_auto_assign',
};

/**
 * `api/v1/accounts/notifications/index.json.jbuilder`: the primary actor (usually a whole
 * conversation) is reduced to its type and ID.
 */
export const notificationSummary: RecordSummary = {
	id: 'id',
	notification_type: 'notification_type',
	push_message_title: 'push_message_title',
	primary_actor_type: 'primary_actor_type',
	primary_actor_id: 'primary_actor_id',
	read_at: 'read_at',
	snoozed_until: 'snoozed_until',
	created_at: 'created_at',
};

/**
 * `api/v1/accounts/articles/_article.json.jbuilder`: the content (the long part) is left out;
 * Output → Selected Fields with `content` returns it.
 */
export const articleSummary: RecordSummary = {
	id: 'id',
	title: 'title',
	description: 'description',
	status: 'status',
	category_id: 'category_id',
	author_name: 'author.name',
	portal_slug: 'portal.slug',
	views: 'views',
	updated_at: 'updated_at',
};

/** `api/v1/accounts/portals/_portal.json.jbuilder`. */
export const portalSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	slug: 'slug',
	custom_domain: 'custom_domain',
	homepage_link: 'homepage_link',
	page_title: 'page_title',
	archived: 'archived',
	default_locale: 'config.default_locale',
};

/** Enterprise `api/v1/accounts/companies/_company.json.jbuilder`. */
export const companySummary: RecordSummary = {
	id: 'id',
	name: 'name',
	domain: 'domain',
	description: 'description',
	contacts_count: 'contacts_count',
	created_at: 'created_at',
};

/** Platform `platform/api/v1/models/_user.json.jbuilder`: never the user's access token. */
export const platformUserSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	display_name: 'display_name',
	email: 'email',
	confirmed: 'confirmed',
	custom_attributes: 'custom_attributes',
};

/** Platform `platform/api/v1/models/_account.json.jbuilder`: features and limits left out. */
export const platformAccountSummary: RecordSummary = {
	id: 'id',
	name: 'name',
	locale: 'locale',
	domain: 'domain',
	support_email: 'support_email',
	status: 'status',
	custom_attributes: 'custom_attributes',
};

/** Client API `public/api/v1/models/_contact.json.jbuilder`: never the websocket's pubsub_token. */
export const clientContactSummary: RecordSummary = {
	id: 'id',
	source_id: 'source_id',
	name: 'name',
	email: 'email',
	phone_number: 'phone_number',
};

/** Client API `public/api/v1/models/_conversation.json.jbuilder`: the messages are what makes it wide. */
export const clientConversationSummary: RecordSummary = {
	id: 'id',
	uuid: 'uuid',
	inbox_id: 'inbox_id',
	status: 'status',
	contact_id: 'contact.id',
	contact_name: 'contact.name',
	agent_last_seen_at: 'agent_last_seen_at',
	contact_last_seen_at: 'contact_last_seen_at',
};
