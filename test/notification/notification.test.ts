import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const NOTE = (id: number) => ({ id, notification_type: 'conversation_mention', primary_actor_type: 'Conversation', primary_actor_id: 7, read_at: null });
const page = (ids: number[]) => ({ data: { meta: { unread_count: 3, count: 40, current_page: 1 }, payload: ids.map(NOTE) } });
const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);
const op = (operation: string, extra = {}) => ({ resource: 'notification', operation, accountId: '1', ...extra });
const NOTES = '/api/v1/accounts/1/notifications';
const SETTINGS = { id: 1, user_id: 1, account_id: 1, selected_email_flags: ['email_conversation_assignment'], selected_push_flags: [] };

describe('Notification operations', () => {
	expectOperationCases(requests, [
		{
			label: 'Get Many sends the filters and outputs data.payload',
			parameters: op('getMany', { returnAll: false, limit: 2, notificationFilters: { sortOrder: 'asc' } }),
			method: 'GET',
			path: NOTES,
			query: { page: '1', sort_order: 'asc' },
			reply: page([1, 2, 3]),
			output: [NOTE(1), NOTE(2)],
		},
		{
			label: 'Get Unread Count names the bare number',
			parameters: op('getUnreadCount'),
			method: 'GET',
			path: `${NOTES}/unread_count`,
			reply: '5',
			output: [{ unread_count: 5 }],
		},
		{ label: 'Mark as Read', parameters: op('markRead', { notificationId: '8' }), method: 'PATCH', path: `${NOTES}/8`, reply: NOTE(8), output: [NOTE(8)] },
		{ label: 'Mark as Unread', parameters: op('markUnread', { notificationId: '8' }), method: 'POST', path: `${NOTES}/8/unread`, reply: NOTE(8), output: [NOTE(8)] },
		{ label: 'Delete', parameters: op('delete', { notificationId: '8' }), method: 'DELETE', path: `${NOTES}/8`, output: [{ success: true }] },
		{
			label: 'Snooze sends the time in unix seconds',
			parameters: op('snooze', { notificationId: '8', snoozedUntil: '2026-07-01T09:00:00Z' }),
			method: 'POST',
			path: `${NOTES}/8/snooze`,
			body: { snoozed_until: 1782896400 },
			reply: NOTE(8),
			output: [NOTE(8)],
		},
		{ label: 'Mark All as Read without options sends no body', parameters: op('markAllRead'), method: 'POST', path: `${NOTES}/read_all`, output: [{ success: true }] },
		{
			label: 'Mark All as Read of one conversation sends the actor',
			parameters: op('markAllRead', { notificationOptions: { conversationId: 7 } }),
			method: 'POST',
			path: `${NOTES}/read_all`,
			body: { primary_actor_id: 7, primary_actor_type: 'Conversation' },
			output: [{ success: true }],
		},
		{ label: 'Delete Many', parameters: op('deleteAll', { type: 'all' }), method: 'POST', path: `${NOTES}/destroy_all`, body: { type: 'all' }, output: [{ success: true }] },
		{ label: 'Get Settings', parameters: op('getSettings'), method: 'GET', path: '/api/v1/accounts/1/notification_settings', reply: SETTINGS, output: [SETTINGS] },
		{
			label: 'Update Settings wraps the flags in notification_settings',
			parameters: op('updateSettings', { notificationUpdateFields: { emailFlags: ['email_conversation_assignment'], pushFlags: [] } }),
			method: 'PATCH',
			path: '/api/v1/accounts/1/notification_settings',
			body: { notification_settings: { selected_email_flags: ['email_conversation_assignment'], selected_push_flags: [] } },
			reply: SETTINGS,
			output: [SETTINGS],
		},
	]);

	test('Get Many with Return All reads pages of 15 until a short one', async () => {
		const pages = [range(1, 15), range(16, 15), range(31, 4)].map((ids) =>
			expectRequest('GET', NOTES, { status: 200, body: page(ids) }, requests.sent),
		);
		const run = await executeNode({ parameters: op('getMany', { returnAll: true }) });
		pages.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		expect(requests.sent.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(run.items.map((item) => item.json.id)).toEqual(range(1, 34));
	});

	test('Get Many stops at the Limit without asking for another page', async () => {
		const scope = expectRequest('GET', NOTES, { status: 200, body: page(range(1, 15)) }, requests.sent);
		const run = await executeNode({ parameters: op('getMany', { returnAll: false, limit: 15 }) });
		scope.done();
		expect(requests.sent).toHaveLength(1);
		expect(run.items).toHaveLength(15);
	});

	test('Get Many of no notifications outputs nothing', async () => {
		const scope = expectRequest('GET', NOTES, { status: 200, body: page([]) }, requests.sent);
		const run = await executeNode({ parameters: op('getMany', { returnAll: true }) });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
	});
});

describe('Notification: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'a notification ID that is not a number', parameters: op('markRead', { notificationId: 'x' }), message: /^Notification ID must be a positive whole number, not "x"$/ },
		{ label: 'a snooze time that is not a date', parameters: op('snooze', { notificationId: '8', snoozedUntil: 'tomorrow-ish' }), message: /^Snoozed Until is not a date and time: "tomorrow-ish"$/ },
	]);
});
