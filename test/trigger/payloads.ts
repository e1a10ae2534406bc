/** Webhook payloads in the shapes ChatWoot sends (API-NOTES §6), for the trigger's tests and benchmark. */

export const ACCOUNT = { id: 1, name: 'Acme' };

export function conversationData(overrides: Record<string, unknown> = {}) {
	return {
		id: 7,
		inbox_id: 3,
		status: 'open',
		account: ACCOUNT,
		meta: { sender: { id: 42, name: 'Alice', type: 'contact' }, assignee: null },
		messages: [],
		labels: [],
		created_at: 1764000000,
		updated_at: 1764000000.5,
		...overrides,
	};
}

export type Sender = { id: number; name: string; type: 'contact' | 'user' | 'agent_bot' };
export const CONTACT: Sender = { id: 42, name: 'Alice', type: 'contact' };
export const AGENT: Sender = { id: 5, name: 'Bob Agent', type: 'user' };
export const BOT: Sender = { id: 9, name: 'Helper Bot', type: 'agent_bot' };

export function messageCreated(overrides: Record<string, unknown> = {}) {
	return {
		event: 'message_created',
		id: 1001,
		content: 'Hello, my order is late',
		content_type: 'text',
		message_type: 'incoming',
		private: false,
		created_at: '2026-11-20T10:00:00.000Z',
		account: ACCOUNT,
		inbox: { id: 3, name: 'Website' },
		sender: CONTACT,
		source_id: null,
		additional_attributes: {},
		content_attributes: {},
		conversation: conversationData(),
		...overrides,
	};
}
