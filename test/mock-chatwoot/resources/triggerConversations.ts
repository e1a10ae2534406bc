import type { Route, RouteContext } from '../server';
import type { Account } from '../auth';

/**
 * The conversation list the polling trigger reads (API-NOTES §4): 25 a page inside
 * `data.payload`, `status` (default open, `all` for every status), `sort_by`, and
 * `updated_within`, which disables pagination. Only what the trigger needs; conversations
 * are seeded by tests.
 */
export interface ListedConversation {
	/** The per-account display_id. */
	id: number;
	inbox_id: number;
	status: string;
	created_at: number;
	updated_at: number;
	last_activity_at: number;
	meta: { sender: { id: number; name: string; type: 'contact' } };
	messages: unknown[];
}

const PER_PAGE = 25;
const conversationsByAccount = new WeakMap<Account, ListedConversation[]>();

function conversationsOf(account: Account): ListedConversation[] {
	let list = conversationsByAccount.get(account);
	if (!list) conversationsByAccount.set(account, (list = []));
	return list;
}

export function seedListedConversation(account: Account, attributes: Partial<ListedConversation> = {}): ListedConversation {
	const list = conversationsOf(account);
	const now = Date.now() / 1000;
	const conversation: ListedConversation = {
		id: list.length + 1,
		inbox_id: 1,
		status: 'open',
		created_at: Math.floor(now),
		updated_at: now,
		last_activity_at: Math.floor(now),
		meta: { sender: { id: 1, name: 'Alice', type: 'contact' } },
		messages: [],
		...attributes,
	};
	list.push(conversation);
	return conversation;
}

const SORTS: Record<string, (a: ListedConversation, b: ListedConversation) => number> = {
	created_at_desc: (a, b) => b.created_at - a.created_at || b.id - a.id,
	created_at_asc: (a, b) => a.created_at - b.created_at || a.id - b.id,
	last_activity_at_desc: (a, b) => b.last_activity_at - a.last_activity_at || b.id - a.id,
};

function index({ request, account }: RouteContext) {
	const { status = 'open', sort_by: sortBy = 'last_activity_at_desc', updated_within: updatedWithin, page = '1' } = request.query;
	let rows = conversationsOf(account!).filter((row) => status === 'all' || row.status === status);
	rows = [...rows].sort(SORTS[sortBy] ?? SORTS.last_activity_at_desc);
	if (updatedWithin !== undefined) {
		const since = Date.now() / 1000 - Number(updatedWithin);
		rows = rows.filter((row) => row.updated_at >= since);
	} else {
		rows = rows.slice((Number(page) - 1) * PER_PAGE, Number(page) * PER_PAGE);
	}
	return { status: 200, body: { data: { meta: { all_count: rows.length }, payload: rows } } };
}

export const triggerConversationRoutes = (): Route[] => [
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/conversations', scope: 'account', handle: index },
];
