import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { companyIdField } from './fields';

export const getCompanyNotes = defineOperation({
	resource: 'company',
	value: 'getNotes',
	name: 'Get Notes',
	action: "Get the notes of a company's contacts",
	description: "List the 20 latest notes on the company's contacts",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/notes',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), companyIdField('The company')],
	paging: wholeList('payload'),
});
