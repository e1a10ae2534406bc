import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { displayNameField, displayTypeField, keyField, modelField, optionalAttributeFields } from './fields';

export const createCustomAttribute = defineOperation({
	resource: 'customAttribute',
	value: 'create',
	name: 'Create',
	action: 'Create a custom attribute definition',
	description: 'Define a custom attribute for contacts, conversations or companies',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/custom_attribute_definitions',
	access: { admin: true },
	fields: [
		accountIdField(),
		{ ...displayNameField, required: true },
		{ ...keyField, required: true },
		modelField,
		displayTypeField,
		additionalFields('customAttributeAdditionalFields', optionalAttributeFields),
	],
	output: [singleRecord],
});
