import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companySummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { companyFirstVersionOptions, companySort } from './fields';

export const getManyCompanies = defineOperation({
	resource: 'company',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many companies',
	description: "List the account's companies",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies',
	simplify: companySummary,
	access: { enterprise: true },
	fields: [
		accountIdField(),
		companyFirstVersionOptions,
		companySort.field,
	],
	preSend: [companySort.preSend],
	paging: numberedPages('payload', 25),
});
