import { defineOperation } from '../../../ChatWoot/shared/operation';
import { withRecordFields } from '../../../ChatWoot/transport/output';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

export const updateLastSeen = defineOperation({
	resource: 'conversation',
	value: 'updateLastSeen',
	name: 'Mark Seen',
	action: 'Mark the conversation seen by the contact',
	description: "Set the contact's last-seen time to now, so agents see their messages as read",
	method: 'POST',
	path: `${CONVERSATION_PATH}/update_last_seen`,
	fields: [contactIdentifierField, conversationIdField()],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
