import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { customAttributeIdField, displayNameField, displayTypeField, keyField, optionalAttributeFields } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateCustomAttribute = defineOperation({
	resource: 'customAttribute',
	value: 'update',
	name: 'Update',
	action: 'Update a custom attribute definition',
	description: "Change a custom attribute definition's name, type, description or values",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/custom_attribute_definitions/{customAttributeId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		customAttributeIdField('The definition to update'),
		updateFields('customAttributeUpdateFields', [...optionalAttributeFields, displayNameField, displayTypeField, keyField].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	output: [singleRecord],
});
