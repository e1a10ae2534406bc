import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companySummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { companyFirstVersionOptions, companySort } from './fields';

export const searchCompanies = defineOperation({
	resource: 'company',
	value: 'search',
	name: 'Search',
	action: 'Search companies',
	description: 'Find companies whose name or domain contains a text',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/companies/search',
	simplify: companySummary,
	access: { enterprise: true },
	fields: [
		accountIdField(),
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			description: 'Text the name or domain contains',
			routing: { send: { type: 'query', property: 'q' } },
		},
		companyFirstVersionOptions,
		companySort.field,
	],
	preSend: [companySort.preSend],
	paging: numberedPages('payload', 25),
});
