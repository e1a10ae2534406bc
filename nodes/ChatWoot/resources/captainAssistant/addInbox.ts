import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { idInBody } from '../../shared/requestBody';
import { assistantIdField } from './fields';

export const addAssistantInbox = defineOperation({
	resource: 'captainAssistant',
	value: 'addInbox',
	name: 'Add Inbox',
	action: 'Add an inbox to a Captain assistant',
	description: 'Let the assistant answer conversations of an inbox',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/inboxes',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant'), inboxLocator('The inbox the assistant answers in')],
	preSend: [idInBody('inboxId', 'inbox.inbox_id')],
	output: withRecordFields({ assistant_id: 'assistantId' }),
});
