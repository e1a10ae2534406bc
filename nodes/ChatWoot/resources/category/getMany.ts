import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { localeOption, portalSlugField } from '../portal/fields';

export const getManyCategories = defineOperation({
	resource: 'category',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many help center categories',
	description: "A portal's categories, one item each",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/categories',
	fields: [
		accountIdField(),
		portalSlugField('The portal whose categories to list'),
		filtersCollection('categoryFilters', [{ ...localeOption, description: 'Only categories in this locale', routing: { send: { type: 'query', property: 'locale' } } }]),
	],
	paging: wholeList('payload'),
});
