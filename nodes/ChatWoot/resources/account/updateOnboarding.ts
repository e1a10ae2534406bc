import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const updateOnboarding = defineOperation({
	resource: 'account',
	value: 'updateOnboarding',
	name: 'Update Onboarding',
	action: 'Update the onboarding details of an account',
	description: "Save the onboarding wizard's answers about the company",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/onboarding',
	access: { admin: true, since: '4.14.2' },
	fields: [
		accountIdField(),
		updateFields('accountUpdateFields', [
			bodyField('Company Size', 'companySize', 'company_size'),
			bodyField('Industry', 'industry', 'industry'),
			bodyField('Locale', 'locale', 'locale', { placeholder: 'e.g. en' }),
			bodyField('Name', 'name', 'name', { description: "The account's name" }),
			bodyField('Timezone', 'timezone', 'timezone', { placeholder: 'e.g. Europe/Berlin' }),
		]),
	],
	output: '',
});
