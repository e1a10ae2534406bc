import { PNG_BYTES } from '../support/fixtures';
import type { Account, User } from './auth';
import type { ChatWootMock } from './server';
import { seedLabel } from './resources/config';
import { seedContact } from './resources/contacts';
import type { Contact } from './resources/contacts';
import { seedConversation } from './resources/conversations';
import { seedCustomAttributeDefinition } from './resources/customAttributeDefinitions';
import { seedInbox } from './resources/inboxes';
import { seedMessage } from './resources/messages';
import { seedPermissible } from './resources/platform';
import { seedContactInbox } from './resources/publicApi';
import { seedTeamWithMembers } from './resources/teams';

/**
 * A small ChatWoot account to try every node on (`npm run mock`, the browser suite): inboxes of
 * five channel types, labels, teams of agents, custom attribute definitions of every type for
 * contacts and conversations, contacts with emails, phone numbers and some identifiers,
 * conversations in several inboxes and statuses with messages and downloadable attachments, an
 * agent bot's and a platform app's token, and an API inbox with a contact for the Client API.
 * Tokens, identifiers and names are fixed, so what `cli.ts` prints stays true across restarts.
 */

export const DEMO_TOKENS = {
	administrator: 'demo-access-token',
	agent: 'demo-agent-token',
	agentBot: 'demo-bot-token',
	platformApp: 'demo-platform-token',
} as const;

/** The API inbox the Client API credential names, and the contact reachable in it. */
const API_INBOX = { identifier: 'demo-api-inbox', hmacToken: 'demo-api-hmac-token', secret: 'demo-api-inbox-secret' };
const VERIFIED_INBOX = { identifier: 'demo-verified-inbox', hmacToken: 'demo-verified-hmac-token', secret: 'demo-verified-inbox-secret' };
const CLIENT_CONTACT_SOURCE_ID = 'demo-contact-source-id';

const FIRST_NAMES = ['Ann', 'Bruno', 'Chloe', 'Diego', 'Emma', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Noah', 'Olga', 'Priya'];
const LAST_NAMES = ['Smith', 'Garcia', 'Muller', 'Rossi', 'Kim', 'Okafor', 'Dubois', 'Silva', 'Nowak', 'Tanaka', 'Jensen'];
const CITIES = ['Berlin', 'Lisbon', 'Austin', 'Lagos', 'Osaka', 'Lyon', 'Toronto'];
const PLANS = ['free', 'pro', 'enterprise'];

export interface DemoAccount {
	accountId: number;
	accountName: string;
	tokens: typeof DEMO_TOKENS;
	administrator: { id: number; name: string; email: string };
	agents: Array<{ id: number; name: string; email: string; role: string; availability: string }>;
	/** Inbox ids by channel type. */
	inboxes: Record<'website' | 'api' | 'email' | 'whatsapp' | 'telegram' | 'verifiedApi', number>;
	labels: string[];
	teams: Array<{ id: number; name: string; memberIds: number[] }>;
	customAttributes: { contact: string[]; conversation: string[] };
	contacts: number;
	/** A contact with email, phone and identifier, reachable through the Client API too. */
	contact: { id: number; name: string; email: string; phoneNumber: string; identifier: string };
	/** A conversation with incoming and outgoing messages and attachments. */
	conversation: { id: number; inboxId: number; messages: number; attachments: string[] };
	conversations: number;
	client: { inboxIdentifier: string; hmacToken: string; contactSourceId: string; pubsubToken: string; verifiedInboxIdentifier: string; verifiedHmacToken: string };
	/** The secret the API inbox signs its webhook deliveries with (the Trigger's API Inbox source). */
	apiInboxSecret: string;
}

export interface DemoOptions {
	/** How many contacts (default 1000; at least one for each demo conversation). */
	contacts?: number;
	accountId?: number;
}

function seedUsers(mock: ChatWootMock, accountId: number) {
	const user = (name: string, email: string, accessToken: string, role: User['role'], availability: User['availability']) =>
		mock.addUser({ name, email, accessToken, accountIds: [accountId], kind: 'user', role, availability });
	const administrator = user('Dana Admin', 'admin@example.com', DEMO_TOKENS.administrator, 'administrator', 'online');
	const agents = [
		administrator,
		user('Ava Agent', 'ava@example.com', DEMO_TOKENS.agent, 'agent', 'online'),
		user('Ben Agent', 'ben@example.com', 'demo-agent-token-ben', 'agent', 'busy'),
		user('Cleo Agent', 'cleo@example.com', 'demo-agent-token-cleo', 'agent', 'offline'),
	];
	mock.addUser({ name: 'Demo Bot', email: 'bot@example.com', accessToken: DEMO_TOKENS.agentBot, accountIds: [accountId], kind: 'agentBot' });
	mock.addUser({ name: 'Demo Platform App', email: 'platform@example.com', accessToken: DEMO_TOKENS.platformApp, accountIds: [], kind: 'platform' });
	return { administrator, agents };
}

/** Contact `index` (1-based): every one has an email, two in three a phone number, one in five an identifier. */
function demoContact(index: number): Partial<Contact> {
	const first = FIRST_NAMES[(index - 1) % FIRST_NAMES.length];
	const last = LAST_NAMES[Math.floor((index - 1) / FIRST_NAMES.length) % LAST_NAMES.length];
	const at = 1760000000 + index * 3600;
	return {
		name: `${first} ${last}`,
		email: `${first}.${last}.${index}@example.com`.toLowerCase(),
		phone_number: index % 3 === 0 ? null : `+1415${String(index).padStart(7, '0')}`,
		identifier: index % 5 === 1 ? `cust-${10000 + index}` : null,
		additional_attributes: { city: CITIES[index % CITIES.length], company_name: `${last} & Co` },
		custom_attributes: { plan: PLANS[index % PLANS.length], seats: 1 + (index % 20), vip: index % 7 === 1, signed_up_on: new Date(at * 1000).toISOString().slice(0, 10) },
		created_at: at,
		last_activity_at: at + 600,
	};
}

/** Every display type once for each model, with what the editor's mapper and the nodes show. */
function seedCustomAttributes(account: Account) {
	const definitions: Array<[string, string, string, string, string[]?]> = [
		['contact_attribute', 'plan', 'Plan', 'list', PLANS],
		['contact_attribute', 'seats', 'Seats', 'number'],
		['contact_attribute', 'lifetime_value', 'Lifetime Value', 'currency'],
		['contact_attribute', 'discount', 'Discount', 'percent'],
		['contact_attribute', 'website', 'Website', 'link'],
		['contact_attribute', 'signed_up_on', 'Signed Up On', 'date'],
		['contact_attribute', 'vip', 'VIP', 'checkbox'],
		['contact_attribute', 'notes', 'Notes', 'text'],
		['conversation_attribute', 'order_id', 'Order ID', 'text'],
		['conversation_attribute', 'items', 'Items', 'number'],
		['conversation_attribute', 'order_total', 'Order Total', 'currency'],
		['conversation_attribute', 'refund_share', 'Refund Share', 'percent'],
		['conversation_attribute', 'tracking_url', 'Tracking URL', 'link'],
		['conversation_attribute', 'delivery_date', 'Delivery Date', 'date'],
		['conversation_attribute', 'reason', 'Reason', 'list', ['late', 'damaged', 'wrong item']],
		['conversation_attribute', 'escalated', 'Escalated', 'checkbox'],
	];
	for (const [model, key, name, type, values] of definitions) {
		seedCustomAttributeDefinition(account, { attribute_model: model, attribute_key: key, attribute_display_name: name, attribute_display_type: type, ...(values ? { attribute_values: values } : {}) });
	}
	const keysOf = (model: string) => definitions.filter(([m]) => m === model).map(([, key]) => key);
	return { contact: keysOf('contact_attribute'), conversation: keysOf('conversation_attribute') };
}

/**
 * Seeds the demo account (id 1 unless told) into `mock`. Call it after `mock.start()`: attachments'
 * `data_url` are addresses on the running mock.
 */
export function seedDemoAccount(mock: ChatWootMock, { contacts: asked = 1000, accountId = 1 }: DemoOptions = {}): DemoAccount {
	if (!mock.baseUrl) throw new Error('seedDemoAccount: start the mock first (attachment addresses name it)');
	const contacts = Math.max(asked, DEMO_CONVERSATIONS.length);
	const account = mock.addAccount(accountId, 'Demo Account');
	seedPermissible(mock, 'account', accountId);
	const { administrator, agents } = seedUsers(mock, accountId);
	const [, ava, ben, cleo] = agents;

	// Contacts first, so that their ids are 1..contacts (ids come from the account's one counter).
	for (let index = 1; index <= contacts; index++) seedContact(account, demoContact(index));
	const contact = account.contacts.get(1)!;

	const inbox = (id: number, name: string, channel: Record<string, unknown>, members: User[]) =>
		seedInbox(mock, account, { id, name, channel, memberIds: members.map((member) => member.id) }).id;
	const inboxes = {
		website: inbox(1, 'Website', { type: 'web_widget', website_url: 'https://shop.example.com', website_token: 'demo-website-token', widget_color: '#1f93ff', hmac_mandatory: false, hmac_token: 'demo-widget-hmac-token' }, agents),
		api: inbox(2, 'Support API', { type: 'api', identifier: API_INBOX.identifier, hmac_token: API_INBOX.hmacToken, secret: API_INBOX.secret, hmac_mandatory: false, webhook_url: null }, [administrator, ava]),
		email: inbox(3, 'Email', { type: 'email', email: 'support@example.com' }, [ava, ben]),
		whatsapp: inbox(4, 'WhatsApp', { type: 'whatsapp', phone_number: '+15550100000', provider: 'whatsapp_cloud' }, [ben, cleo]),
		telegram: inbox(5, 'Telegram', { type: 'telegram', bot_name: 'DemoShopBot' }, [cleo]),
		verifiedApi: inbox(6, 'Verified API', { type: 'api', identifier: VERIFIED_INBOX.identifier, hmac_token: VERIFIED_INBOX.hmacToken, secret: VERIFIED_INBOX.secret, hmac_mandatory: true, webhook_url: null }, [administrator]),
	};
	seedContactInbox(mock, API_INBOX.identifier, contact.id, CLIENT_CONTACT_SOURCE_ID);

	const labels = [
		seedLabel(account, { title: 'billing', description: 'Payments, invoices and refunds', color: '#e11d48', show_on_sidebar: true }),
		seedLabel(account, { title: 'vip', description: 'Customers on the enterprise plan', color: '#f59e0b', show_on_sidebar: true }),
		seedLabel(account, { title: 'bug', description: 'Something does not work', color: '#7c3aed', show_on_sidebar: true }),
		seedLabel(account, { title: 'feedback', description: null, color: '#10b981', show_on_sidebar: false }),
		seedLabel(account, { title: 'sales', description: 'Questions before buying', color: '#2563eb', show_on_sidebar: true }),
	].map((label) => label.title);
	const teams = [
		seedTeamWithMembers(account, { id: 1, name: 'support', description: 'First-line support', allow_auto_assign: true, memberIds: [ava.id, ben.id] }),
		seedTeamWithMembers(account, { id: 2, name: 'sales', description: 'Quotes and upgrades', allow_auto_assign: false, memberIds: [administrator.id, cleo.id] }),
	];
	const customAttributes = seedCustomAttributes(account);

	const conversation = seedDemoConversations(mock, account, inboxes, agents, teams);
	return {
		accountId,
		accountName: account.name,
		tokens: DEMO_TOKENS,
		administrator: { id: administrator.id, name: administrator.name, email: administrator.email },
		agents: agents.map(({ id, name, email, role, availability }) => ({ id, name, email, role: role!, availability: availability! })),
		inboxes,
		labels,
		teams: teams.map(({ id, name, memberIds }) => ({ id, name, memberIds })),
		customAttributes,
		contacts,
		contact: { id: contact.id, name: contact.name, email: contact.email!, phoneNumber: contact.phone_number!, identifier: contact.identifier! },
		conversation,
		conversations: DEMO_CONVERSATIONS.length,
		client: {
			inboxIdentifier: API_INBOX.identifier,
			hmacToken: API_INBOX.hmacToken,
			contactSourceId: CLIENT_CONTACT_SOURCE_ID,
			pubsubToken: `pubsub-${contact.id}`,
			verifiedInboxIdentifier: VERIFIED_INBOX.identifier,
			verifiedHmacToken: VERIFIED_INBOX.hmacToken,
		},
		apiInboxSecret: API_INBOX.secret,
	};
}

type Inboxes = DemoAccount['inboxes'];

/** Which inbox, status, agent (index into the agents), team (index) and labels each conversation has. */
const DEMO_CONVERSATIONS: Array<{ inbox: keyof Inboxes; status: string; agent?: number; team?: number; labels: string[]; snoozedUntil?: number }> = [
	{ inbox: 'api', status: 'open', agent: 1, team: 0, labels: ['billing', 'vip'] },
	{ inbox: 'website', status: 'pending', labels: ['sales'] },
	{ inbox: 'email', status: 'resolved', agent: 2, team: 0, labels: ['bug'] },
	{ inbox: 'whatsapp', status: 'snoozed', agent: 3, labels: ['feedback'], snoozedUntil: 1893456000 },
	{ inbox: 'telegram', status: 'open', labels: [] },
	{ inbox: 'website', status: 'open', agent: 0, team: 1, labels: ['sales', 'vip'] },
];

/** The conversations, of contacts 1, 2, … in turn, with messages; the first has attachments both ways. */
function seedDemoConversations(
	mock: ChatWootMock,
	account: Account,
	inboxes: Inboxes,
	agents: User[],
	teams: Array<{ id: number; name: string }>,
): DemoAccount['conversation'] {
	const conversations = DEMO_CONVERSATIONS.map((plan, index) => {
		const contact = account.contacts.get(index + 1)!;
		const agent = plan.agent === undefined ? undefined : agents[plan.agent];
		const team = plan.team === undefined ? undefined : teams[plan.team];
		const at = 1764000000 + index * 3600;
		const conversation = seedConversation(account, {
			inbox_id: inboxes[plan.inbox],
			status: plan.status,
			labels: plan.labels,
			snoozed_until: plan.snoozedUntil ?? null,
			created_at: at,
			updated_at: at + 120,
			last_activity_at: at + 120,
			custom_attributes: index === 0 ? { order_id: 'A-5001', items: 2, order_total: 59.9, reason: 'late' } : {},
			meta: {
				sender: { id: contact.id, name: contact.name, type: 'contact' },
				assignee: agent ? { id: agent.id, name: agent.name } : null,
				team: team ? { id: team.id, name: team.name } : null,
			},
		});
		const fromContact = { id: contact.id, name: contact.name, type: 'contact' as const };
		const fromAgent = { id: (agent ?? agents[0]).id, name: (agent ?? agents[0]).name, type: 'user' as const };
		seedMessage(mock, account, conversation.id, { content: `Hello, I have a question about order #${5001 + index}.`, message_type: 0, sender: fromContact, created_at: at });
		seedMessage(mock, account, conversation.id, { content: 'Thanks for writing! Let me check that for you.', message_type: 1, sender: fromAgent, created_at: at + 60 });
		return { conversation, fromContact, fromAgent, at };
	});
	const [{ conversation, fromContact, fromAgent, at }] = conversations;
	const photo = { fileName: 'damaged-box.png', contentType: 'image/png', bytes: PNG_BYTES };
	const invoice = { fileName: 'invoice-5001.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n% demo invoice\n%%EOF\n', 'latin1') };
	seedMessage(mock, account, conversation.id, { content: 'The box arrived damaged, see the photo.', message_type: 0, sender: fromContact, created_at: at + 90 }, [photo]);
	seedMessage(mock, account, conversation.id, { content: 'Sorry about that: here is your invoice, a replacement is on its way.', message_type: 1, sender: fromAgent, created_at: at + 120 }, [invoice]);
	seedMessage(mock, account, conversation.id, { content: 'Customer sent photos, replacement approved.', message_type: 1, private: true, sender: fromAgent, created_at: at + 130 });
	return { id: conversation.id, inboxId: conversation.inbox_id, messages: 5, attachments: [photo.fileName, invoice.fileName] };
}
