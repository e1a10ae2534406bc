import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companySummary } from '../../shared/simplify';
import { companyAvatarUpload, companyFieldOptions, companyNameOption, parseCompanyAttributes } from './fields';

export const createCompany = defineOperation({
	resource: 'company',
	value: 'create',
	name: 'Create',
	action: 'Create a company',
	description: 'Create a company, optionally with a logo from the input item',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/companies',
	simplify: companySummary,
	access: { enterprise: true },
	fields: [
		accountIdField(),
		{ ...companyNameOption, required: true },
		additionalFields('companyAdditionalFields', companyFieldOptions),
	],
	preSend: [...parseCompanyAttributes, companyAvatarUpload('companyAdditionalFields', { created: true })],
});
