import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyWebhooks = defineOperation({
	resource: 'webhook',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many webhooks',
	description: "List the account's webhooks",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/webhooks',
	access: { admin: true },
	fields: [accountIdField()],
	paging: wholeList('payload.webhooks'),
});
