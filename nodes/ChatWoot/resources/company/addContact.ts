import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { idInBody } from '../../shared/requestBody';
import { companyIdField } from './fields';

export const addCompanyContact = defineOperation({
	resource: 'company',
	value: 'addContact',
	name: 'Add Contact',
	action: 'Add a contact to a company',
	description: 'Make a contact a member of the company (a contact belongs to one company)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/contacts',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), companyIdField('The company'), contactLocator('The contact to add', 'companyContactId')],
	preSend: [idInBody('companyContactId', 'contact_id')],
	output: withRecordFields({ company_id: 'companyId' }, 'payload'),
});
