import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { CONVERSATIONS } from './fields';

export const getConversationUnreadCounts = defineOperation({
	resource: 'conversation',
	value: 'getUnreadCounts',
	name: 'Get Unread Counts',
	action: 'Get unread conversation counts',
	description:
		"Count the token owner's unread conversations. Needs the account feature conversation_unread_counts; without it ChatWoot answers 403.",
	method: 'GET',
	path: `${CONVERSATIONS}/unread_counts`,
	access: { since: '4.14.1' },
	fields: [accountIdField()],
});
