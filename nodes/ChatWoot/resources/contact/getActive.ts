import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { contactCount, contactSort, moreContacts } from './fields';

export const getActiveContacts = defineOperation({
	resource: 'contact',
	value: 'getActive',
	name: 'Get Online',
	action: 'Get the contacts online now',
	description: 'List the contacts that are online right now (e.g. on the website widget)',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/contacts/active',
	simplify: contactSummary,
	fields: [accountIdField(), contactSort.field],
	preSend: [contactSort.preSend],
	paging: numberedPages('payload', 15, moreContacts, contactCount),
});
