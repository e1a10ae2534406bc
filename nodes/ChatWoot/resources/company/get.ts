import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companySummary } from '../../shared/simplify';
import { companyIdField } from './fields';

export const getCompany = defineOperation({
	resource: 'company',
	value: 'get',
	name: 'Get',
	action: 'Get a company',
	description: 'Get one company',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}',
	simplify: companySummary,
	access: { enterprise: true },
	fields: [accountIdField(), companyIdField('The company to get')],
});
