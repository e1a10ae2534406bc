import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const deleteInboxAvatar = defineOperation({
	resource: 'inbox',
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of an inbox',
	description: 'Remove an inbox\'s avatar image',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/avatar',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox whose avatar to remove')],
	output: withRecordFields({ inbox_id: 'inboxId' }),
});
