import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { companySortField } from './fields';

export const getManyCompanies = defineOperation({
	resource: 'company',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many companies',
	description: "List the account's companies",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies',
	access: { enterprise: true },
	fields: [
		accountIdField(),
		optionsCollection('companyOptions', [companySortField]),
	],
	paging: numberedPages('payload', 25),
});
