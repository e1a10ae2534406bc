import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getInboxCampaigns = defineOperation({
	resource: 'inbox',
	value: 'getCampaigns',
	name: 'Get Campaigns',
	action: 'Get the campaigns of an inbox',
	description: 'List the campaigns that run in an inbox',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/campaigns',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox whose campaigns to list')],
	paging: wholeList(''),
});
