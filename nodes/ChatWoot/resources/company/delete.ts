import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companyIdField } from './fields';

export const deleteCompany = defineOperation({
	resource: 'company',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a company',
	description: 'Delete a company; its contacts are kept',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), companyIdField('The company to delete')],
});
