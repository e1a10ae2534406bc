/** A conversation as ChatWoot renders it (`api/v1/conversations/partials/_conversation.json.jbuilder`), trimmed. */
export function conversation(overrides: Record<string, unknown> = {}) {
	return {
		id: 7,
		account_id: 1,
		inbox_id: 3,
		status: 'open',
		priority: null,
		labels: [] as string[],
		custom_attributes: {} as Record<string, unknown>,
		additional_attributes: {},
		meta: { sender: { id: 42, name: 'Alice', type: 'contact' }, assignee: null, team: null },
		messages: [],
		unread_count: 0,
		created_at: 1763000000,
		last_activity_at: 1764000000,
		...overrides,
	};
}

/** `count` conversations numbered from `first`. */
export const conversations = (count: number, first = 1) =>
	Array.from({ length: count }, (_, index) => conversation({ id: first + index }));

export const ACCOUNT = '/api/v1/accounts/1';
export const CONVERSATION_PATH = `${ACCOUNT}/conversations/7`;
