import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { assistantIdField } from './fields';

export const getAssistantInboxes = defineOperation({
	resource: 'captainAssistant',
	value: 'getInboxes',
	name: 'Get Inboxes',
	action: 'Get the inboxes of a Captain assistant',
	description: 'List the inboxes the assistant answers in',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/inboxes',
	access: { enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant')],
	paging: wholeList('payload'),
});
