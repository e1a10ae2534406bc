import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { customAttributeIdField } from './fields';

export const getCustomAttribute = defineOperation({
	resource: 'customAttribute',
	value: 'get',
	name: 'Get',
	action: 'Get a custom attribute definition',
	description: 'Get one custom attribute definition by its ID',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/custom_attribute_definitions/{customAttributeId}',
	fields: [accountIdField(), customAttributeIdField('The definition to get')],
	output: [singleRecord],
});
