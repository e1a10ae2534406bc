import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { customAttributeIdField } from './fields';

export const deleteCustomAttribute = defineOperation({
	resource: 'customAttribute',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom attribute definition',
	description: 'Delete a custom attribute definition',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/custom_attribute_definitions/{customAttributeId}',
	access: { admin: true },
	fields: [accountIdField(), customAttributeIdField('The definition to delete')],
});
