import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companyIdField } from './fields';

export const deleteCompanyAvatar = defineOperation({
	resource: 'company',
	value: 'deleteAvatar',
	name: 'Delete Logo',
	action: "Delete a company's logo",
	description: "Remove a company's logo",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/avatar',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), companyIdField('The company')],
});
