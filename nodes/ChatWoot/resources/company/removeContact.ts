import { accountIdField } from '../../shared/descriptions';
import { contactLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { companyIdField } from './fields';

export const removeCompanyContact = defineOperation({
	resource: 'company',
	value: 'removeContact',
	name: 'Remove Contact',
	action: 'Remove a contact from a company',
	description: 'Take a contact out of the company',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/contacts/{companyContactId}',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), companyIdField('The company'), contactLocator('The contact to remove', 'companyContactId')],
	output: withRecordFields({ company_id: 'companyId', contact_id: 'companyContactId' }),
});
