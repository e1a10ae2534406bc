import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { numberInBody } from './fields';

export const getShopifyOrders = defineOperation({
	resource: 'integration',
	value: 'getShopifyOrders',
	name: 'Get Many Shopify Orders',
	action: 'Get many Shopify orders of a contact',
	description: 'List the Shopify orders of a contact matched by email or phone',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/shopify/orders',
	fields: [accountIdField(), numberInBody('Contact ID', 'shopifyContactId', 'contact_id', 'The contact whose orders to list', 'query')],
	paging: wholeList('orders'),
});
