import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const deleteSlack = defineOperation({
	resource: 'integration',
	value: 'deleteSlack',
	name: 'Disconnect Slack',
	action: 'Disconnect Slack',
	description: 'Remove the Slack integration from the account',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/integrations/slack',
	access: { admin: true },
	fields: [accountIdField()],
});
