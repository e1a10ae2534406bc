import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { companyIdField } from './fields';

export const deleteCompanyCustomAttributes = defineOperation({
	resource: 'company',
	value: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a company',
	description: 'Remove custom attribute keys from a company; the others are kept',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/companies/{companyId}/destroy_custom_attributes',
	access: { enterprise: true, since: '4.14.0' },
	fields: [
		accountIdField(),
		companyIdField('The company'),
		{
			displayName: 'Attribute Keys',
			name: 'keys',
			type: 'string',
			typeOptions: { multipleValues: true },
			required: true,
			default: [],
			placeholder: 'e.g. plan',
			description: 'The keys of the custom attributes to remove',
			routing: { send: { type: 'body', property: 'custom_attributes' } },
		},
	],
});
