/** A message as ChatWoot's message partial renders it (API-NOTES §9; `_message.json.jbuilder`). */
export function message(id: number, overrides: Record<string, unknown> = {}) {
	return {
		id,
		content: `Message ${id}`,
		inbox_id: 1,
		conversation_id: 7,
		message_type: 1,
		content_type: 'text',
		status: 'sent',
		content_attributes: {},
		created_at: 1764000000 + id,
		private: false,
		source_id: null,
		sender: { id: 1, name: 'Agent', type: 'user' },
		...overrides,
	};
}

/** Messages `from`..`to` (inclusive), oldest first, as a page of the messages index. */
export function page(from: number, to: number) {
	const payload = [];
	for (let id = from; id <= to; id++) payload.push(message(id));
	return { meta: { labels: [], additional_attributes: {}, contact: { id: 1 } }, payload };
}
