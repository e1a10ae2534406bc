import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const deleteShopify = defineOperation({
	resource: 'integration',
	value: 'deleteShopify',
	name: 'Disconnect Shopify',
	action: 'Disconnect Shopify',
	description: 'Remove the Shopify integration from the account',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/integrations/shopify',
	fields: [accountIdField()],
});
