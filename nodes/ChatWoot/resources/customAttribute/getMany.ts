import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { attributeModelOptions } from './fields';

export const getManyCustomAttributes = defineOperation({
	resource: 'customAttribute',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many custom attribute definitions',
	description: "List the account's custom attribute definitions",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/custom_attribute_definitions',
	fields: [
		accountIdField(),
		filtersCollection('customAttributeFilters', [
			{
				displayName: 'Applies To',
				name: 'model',
				type: 'options',
				options: attributeModelOptions,
				default: 'contact_attribute',
				description: 'Only definitions for these records',
				routing: { send: { type: 'query', property: 'attribute_model' } },
			},
		]),
	],
	paging: wholeList(''),
});
