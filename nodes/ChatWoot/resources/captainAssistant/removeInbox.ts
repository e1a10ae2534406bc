import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { assistantIdField } from './fields';

export const removeAssistantInbox = defineOperation({
	resource: 'captainAssistant',
	value: 'removeInbox',
	name: 'Remove Inbox',
	action: 'Remove an inbox from a Captain assistant',
	description: 'Stop the assistant answering in an inbox',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/inboxes/{inboxId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), assistantIdField('The assistant'), inboxLocator('The inbox to remove')],
	output: withRecordFields({ assistant_id: 'assistantId', inbox_id: 'inboxId' }),
});
