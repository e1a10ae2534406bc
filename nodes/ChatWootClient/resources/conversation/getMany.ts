import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientConversationSummary } from '../../../ChatWoot/shared/simplify';
import { wholeList } from '../../../ChatWoot/transport/paging';
import { CONTACT_PATH, contactIdentifierField } from '../../shared';

export const getManyConversations = defineOperation({
	resource: 'conversation',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many conversations of the contact',
	description: "List the contact's conversations in this inbox",
	method: 'GET',
	path: `${CONTACT_PATH}/conversations`,
	simplify: clientConversationSummary,
	fields: [contactIdentifierField],
	paging: wholeList(''),
});
