import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companySummary } from '../../shared/simplify';
import { companyAvatarUpload, companyFieldOptions, companyIdField, companyNameOption, parseCompanyAttributes } from './fields';

export const updateCompany = defineOperation({
	resource: 'company',
	value: 'update',
	name: 'Update',
	action: 'Update a company',
	description: "Change a company's details, logo or attributes",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}',
	simplify: companySummary,
	access: { enterprise: true },
	fields: [
		accountIdField(),
		companyIdField('The company to update'),
		updateFields('companyUpdateFields', [...companyFieldOptions, companyNameOption], 'Only the fields added here are sent; the company keeps every other value'),
	],
	preSend: [...parseCompanyAttributes, companyAvatarUpload('companyUpdateFields')],
});
