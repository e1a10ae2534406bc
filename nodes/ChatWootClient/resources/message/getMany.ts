import { defineOperation } from '../../../ChatWoot/shared/operation';
import { messageSummary } from '../../../ChatWoot/shared/simplify';
import { olderPages } from '../../../ChatWoot/transport/paging';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

export const getManyMessages = defineOperation({
	resource: 'message',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many messages of a conversation',
	description: 'List the messages the contact can see (private notes and internal messages are left out), from the latest back',
	method: 'GET',
	path: `${CONVERSATION_PATH}/messages`,
	simplify: messageSummary,
	fields: [contactIdentifierField, conversationIdField()],
	paging: olderPages('', 20),
});
